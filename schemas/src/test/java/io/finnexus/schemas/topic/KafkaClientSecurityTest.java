package io.finnexus.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTest {

  @Test
  void environmentVariablesBecomeKafkaClientProperties() {
    Map<String, String> properties =
        KafkaClientSecurity.from(
            Map.of(
                "FINNEXUS_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
                "FINNEXUS_KAFKA_CLIENT_SASL_MECHANISM", "SCRAM-SHA-512",
                "FINNEXUS_KAFKA_CLIENT_SASL_JAAS_CONFIG", "x required username=\"a\";",
                "FINNEXUS_KAFKA_CLIENT_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.p12",
                "FINNEXUS_KAFKA_CLIENT_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "https",
                "FINNEXUS_KAFKA_BOOTSTRAP", "kafka:9092",
                "PATH", "/usr/bin"));

    assertThat(properties)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "x required username=\"a\";",
                "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "ssl.endpoint.identification.algorithm", "https"));
  }

  @Test
  void nothingSetMeansPlaintextDefaults() {
    assertThat(KafkaClientSecurity.from(Map.of("HOME", "/root"))).isEmpty();
    assertThat(KafkaClientSecurity.from(Map.of("FINNEXUS_KAFKA_CLIENT_SSL_KEY_PASSWORD", " ")))
        .isEmpty();
  }

  @Test
  void propertiesBeyondSecurityAreRefusedWithTheVariableNamed() {
    assertThatThrownBy(
            () ->
                KafkaClientSecurity.from(
                    Map.of("FINNEXUS_KAFKA_CLIENT_ISOLATION_LEVEL", "read_uncommitted")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FINNEXUS_KAFKA_CLIENT_ISOLATION_LEVEL")
        .hasMessageContaining("isolation.level");
  }
}
