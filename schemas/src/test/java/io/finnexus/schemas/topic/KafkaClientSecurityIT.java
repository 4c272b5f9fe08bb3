package io.finnexus.schemas.topic;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.embedded.KafkaSaslSsl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a broker that requires SASL_SSL (TLS with a certificate made for this run, SASL/PLAIN): a
 * client configured only through the {@code FINNEXUS_KAFKA_CLIENT_*} variables an operator sets
 * (translated by {@link KafkaClientSecurity}) produces and consumes; a client without them gets
 * nothing, and one with a wrong password is refused with an authentication error.
 */
class KafkaClientSecurityIT {

  private static final String USER = "finnexus-api";
  private static final String PASSWORD = "s3cret-" + UUID.randomUUID();
  private static final Duration REFUSAL_WAIT = Duration.ofSeconds(8);

  private static KafkaSaslSsl security;
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startSecuredBroker() {
    security = KafkaSaslSsl.generate(Map.of(USER, PASSWORD));
    kafka = EmbeddedKafka.saslSsl(security).start();
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.close();
    }
    if (security != null) {
      security.delete();
    }
  }

  /** The variables a deployment sets (deploy/k8s production overlay, README "Kafka security"). */
  private static Map<String, String> environment(String password) {
    return Map.of(
        "FINNEXUS_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
        "FINNEXUS_KAFKA_CLIENT_SASL_MECHANISM", "PLAIN",
        "FINNEXUS_KAFKA_CLIENT_SASL_JAAS_CONFIG", KafkaSaslSsl.jaasConfig(USER, password),
        "FINNEXUS_KAFKA_CLIENT_SSL_TRUSTSTORE_LOCATION", security.truststore().toString(),
        "FINNEXUS_KAFKA_CLIENT_SSL_TRUSTSTORE_PASSWORD", security.truststorePassword(),
        "FINNEXUS_KAFKA_CLIENT_SSL_TRUSTSTORE_TYPE", security.truststoreType(),
        "HOME", "/home/finnexus");
  }

  private static Map<String, Object> client(Map<String, String> environment) {
    Map<String, Object> config = new HashMap<>(KafkaClientSecurity.from(environment));
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    return config;
  }

  @Test
  void a_client_configured_by_the_environment_produces_and_consumes() throws Exception {
    String topic = "secured-" + UUID.randomUUID();
    Map<String, Object> producer = client(environment(PASSWORD));
    producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> p = new KafkaProducer<>(producer)) {
      for (int i = 0; i < 3; i++) {
        p.send(new ProducerRecord<>(topic, "acc-" + i, "tx-" + i)).get(60, TimeUnit.SECONDS);
      }
    }

    Map<String, Object> consumer = client(environment(PASSWORD));
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-" + UUID.randomUUID());
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer)) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (values.size() < 3 && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
      }
    }
    assertThat(values).containsExactly("tx-0", "tx-1", "tx-2");
  }

  @Test
  void a_client_without_the_security_settings_gets_nothing() {
    Map<String, Object> plain = client(Map.of("HOME", "/home/finnexus"));
    assertThat(plain).doesNotContainKey("security.protocol");
    plain.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSAL_WAIT.toMillis());
    plain.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSAL_WAIT.toMillis());

    try (Admin admin = Admin.create(plain)) {
      assertThatThrownBy(
              () -> admin.describeCluster().nodes().get(REFUSAL_WAIT.toMillis() * 4, MILLISECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
  }

  @Test
  void a_client_with_a_wrong_password_is_refused_with_an_authentication_error() {
    try (Admin admin = Admin.create(client(environment("not-the-password")))) {
      assertThatThrownBy(
              () -> admin.describeCluster().nodes().get(REFUSAL_WAIT.toMillis() * 4, MILLISECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(SaslAuthenticationException.class)
          .hasMessageContaining("Invalid username or password");
    }
  }
}
