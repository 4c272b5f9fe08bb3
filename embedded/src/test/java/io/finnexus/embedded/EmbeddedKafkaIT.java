package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The Kafka contract against {@link EmbeddedKafka}, plus its own API. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedKafkaIT extends KafkaContract {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = StartupTimes.measure("Kafka", EmbeddedKafka.ephemeral()::start);
  }

  @AfterAll
  static void stop() {
    kafka.close();
  }

  @Override
  protected String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  @Test
  void createTopicMakesTheRequestedPartitionsAndToleratesRepeats() throws Exception {
    kafka.createTopic("scored-transactions", 3);
    kafka.createTopic("scored-transactions", 3);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      TopicDescription description =
          admin
              .describeTopics(List.of("scored-transactions"))
              .allTopicNames()
              .get()
              .get("scored-transactions");
      assertThat(description.partitions()).hasSize(3);
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closeReleasesThePortAndDeletesTheLogDirectory() {
    int port = kafka.port();
    var logDirectory = kafka.logDirectory().orElseThrow();
    kafka.close();
    assertThat(kafka.isRunning()).isFalse();
    assertThat(FreePorts.isListening(port)).isFalse();
    assertThat(logDirectory).doesNotExist();
  }
}
