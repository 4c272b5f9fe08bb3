package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.topic.TopicSettings;
import io.finnexus.schemas.topic.admin.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real broker: a cluster set up before erasure reached Kafka (every topic on the delete
 * policy, scored-transactions with 6 partitions) is aligned at start (the compacted personal-data
 * topics get compact,delete and their erasure bound, dead letters their age bound), missing topics
 * are created with the same configuration, partition counts stay, and a second start changes
 * nothing.
 */
class TopicsBootstrapIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.ephemeral().start();
    kafka.createTopic(TopicNames.SCORED_TRANSACTIONS, 6);
    kafka.createTopic(TopicNames.TRANSACTIONS_DLQ, 1);
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  @Test
  void anOldClusterIsAlignedMissingTopicsAreCreatedAlikeAndASecondRunChangesNothing()
      throws Exception {
    StreamsSettings settings =
        StreamsSettings.from(
            Map.of("bootstrap-servers", kafka.bootstrapServers(), "topic-erasure-bound", "PT12H")
                ::get);
    assertThat(settings.topics().erasureBound()).isEqualTo(Duration.ofHours(12));

    Map<String, Map<String, String>> changed =
        TopicSetup.ensure(kafka.bootstrapServers(), settings.topics());

    assertThat(changed)
        .containsOnlyKeys(TopicNames.SCORED_TRANSACTIONS, TopicNames.TRANSACTIONS_DLQ);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      // the controller has committed the change; the broker applies it a moment later
      eventually(
          () ->
              config(admin, TopicNames.SCORED_TRANSACTIONS)
                  .get("cleanup.policy")
                  .value()
                  .equals("compact,delete"));
      for (String topic : List.of(TopicNames.SCORED_TRANSACTIONS, TopicNames.ALERTS)) {
        Config config = config(admin, topic);
        assertThat(config.get("cleanup.policy").value()).as(topic).isEqualTo("compact,delete");
        assertThat(config.get("max.compaction.lag.ms").value()).as(topic).isEqualTo("43200000");
        assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("604800000");
      }
      Config deadLetters = config(admin, TopicNames.TRANSACTIONS_DLQ);
      assertThat(deadLetters.get("cleanup.policy").value()).isEqualTo("delete");
      assertThat(deadLetters.get("segment.ms").value()).isEqualTo("43200000");
      assertThat(
              admin
                  .describeTopics(List.of(TopicNames.SCORED_TRANSACTIONS, TopicNames.MODEL_EVENTS))
                  .allTopicNames()
                  .get()
                  .values())
          .extracting(d -> d.partitions().size())
          .as("an existing topic keeps its partitions, a new one gets the default")
          .containsExactlyInAnyOrder(6, TopicNames.DEFAULT_PARTITIONS);
    }

    assertThat(TopicSetup.ensure(kafka.bootstrapServers(), settings.topics())).isEmpty();
    TopicsBootstrap.ensure(kafka.bootstrapServers(), TopicSettings.defaults());
    eventually(
        () -> TopicSetup.ensure(kafka.bootstrapServers(), TopicSettings.defaults()).isEmpty());
  }

  /** Polls {@code condition} for up to 30 s. */
  private static void eventually(java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(100);
    }
  }

  private static Config config(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get().get(resource);
  }
}
