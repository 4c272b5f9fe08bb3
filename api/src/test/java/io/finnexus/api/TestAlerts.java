package io.finnexus.api;

import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import io.finnexus.schemas.avro.FeatureEvidence;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Builds alerts as the engines emit them and produces them to the embedded broker. */
public final class TestAlerts {

  static {
    // Avro 1.12 refuses to build records of classes it was not told to trust; creating the codec
    // trusts the alert schema's classes (schemas' TrustedRecordClasses).
    FinNexusSerdes.alertCodec();
  }

  private TestAlerts() {}

  /** A cycle (round-tripping) alert with features, for customer {@code customer}. */
  public static Alert cycle(String alertId, String customer, Instant at, double risk) {
    return Alert.newBuilder()
        .setAlertId(alertId)
        .setTypology("CYCLE")
        .setKind(AlertKind.AML)
        .setEngine("aml-flink")
        .setCreatedAt(at)
        .setRiskScore(risk)
        .setAccountId("ACC-" + customer + "-1")
        .setCustomerId(customer)
        .setInvolvedAccounts(
            List.of("ACC-" + customer + "-1", "ACC-B-7", "ACC-C-9", "ACC-" + customer + "-1"))
        .setTransactionIds(List.of(alertId + "-t1", alertId + "-t2", alertId + "-t3"))
        .setTotalAmount(new BigDecimal("14250.5000"))
        .setCurrency("EUR")
        .setSummary(
            "Round-tripping cycle: funds returned to the origin through two intermediaries within 3 days")
        .setRuleHits(List.of("AML_CYCLE_3_HOPS", "HIGH_RISK_JURISDICTION"))
        .setFeatures(
            List.of(
                new FeatureEvidence("cycle_length", 3.0, 0.0, 0.42),
                new FeatureEvidence("amount_zscore_30d", 4.1, 0.3, 0.31),
                new FeatureEvidence("counterparty_risk", 0.8, 0.1, 0.12)))
        .setModelId("aml-anomaly")
        .setModelVersion("3")
        .build();
  }

  /** A structuring alert. */
  public static Alert structuring(String alertId, String customer, Instant at, double risk) {
    return Alert.newBuilder(cycle(alertId, customer, at, risk))
        .setTypology("STRUCTURING")
        .setInvolvedAccounts(List.of("ACC-" + customer + "-1"))
        .setSummary("Structuring: nine cash deposits just below the reporting threshold")
        .setRuleHits(List.of("AML_STRUCTURING"))
        .build();
  }

  /** Produces {@code alerts} in one committed Kafka transaction. */
  public static void produce(List<Alert> alerts) {
    produce(alerts, true);
  }

  /** Produces {@code alerts} in one transaction that is committed or aborted. */
  public static void produce(List<Alert> alerts, boolean commit) {
    produce(TopicNames.ALERTS, alerts, commit);
  }

  /** Produces {@code alerts} to {@code topic} in one transaction that is committed or aborted. */
  public static void produce(String topic, List<Alert> alerts, boolean commit) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      producer.beginTransaction();
      for (Alert a : alerts) {
        producer.send(
            new ProducerRecord<>(
                topic, a.getAlertId().getBytes(), FinNexusSerdes.alertCodec().encode(a)));
      }
      if (commit) {
        producer.commitTransaction();
      } else {
        producer.flush();
        producer.abortTransaction();
      }
    }
  }

  /** Produces raw bytes (e.g. garbage) in a committed transaction. */
  public static void produceRaw(byte[] key, byte[] value) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(record(key, value));
      producer.commitTransaction();
    }
  }

  private static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value) {
    return new ProducerRecord<>(TopicNames.ALERTS, key, value);
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "api-test-" + UUID.randomUUID());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(p);
  }
}
