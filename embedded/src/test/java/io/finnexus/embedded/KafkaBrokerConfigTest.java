package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigTest {

  @Test
  void isAValidCombinedNodeWhoseInternalTopicsFitOneBroker() {
    KafkaConfig config =
        new KafkaConfig(KafkaBrokerConfig.properties(Path.of("/tmp/kafka"), 40001, 40002), false);

    assertThat(config.getShort("offsets.topic.replication.factor")).isEqualTo((short) 1);
    assertThat(config.getShort("transaction.state.log.replication.factor")).isEqualTo((short) 1);
    assertThat(config.getInt("transaction.state.log.min.isr")).isEqualTo(1);
    assertThat(config.getShort("share.coordinator.state.topic.replication.factor"))
        .isEqualTo((short) 1);
    assertThat(config.getInt("transaction.max.timeout.ms")).isGreaterThanOrEqualTo(900_000);
  }
}
