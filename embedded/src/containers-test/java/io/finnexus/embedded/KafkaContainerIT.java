package io.finnexus.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.kafka.KafkaContainer;

/** The Kafka contract against the Apache Kafka image of the same version as the embedded broker. */
@ExtendWith(DockerAssumption.class)
class KafkaContainerIT extends KafkaContract {

  private static KafkaContainer kafka;

  @BeforeAll
  static void start() {
    kafka = new KafkaContainer("apache/kafka:4.2.0");
    kafka.start();
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.stop();
    }
  }

  @Override
  protected String bootstrapServers() {
    return kafka.getBootstrapServers();
  }
}
