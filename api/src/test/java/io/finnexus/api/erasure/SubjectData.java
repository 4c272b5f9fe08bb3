package io.finnexus.api.erasure;

import io.finnexus.api.TestAlerts;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One data subject's personal data as the engines put it on Kafka: scored transactions (account
 * number, counterparty name, memo) and alerts naming the account, plus a re-read of a topic's
 * latest value per key.
 */
record SubjectData(String subject, String account, String counterpartyName, String memo) {

  static SubjectData of(String kind) {
    String subject = "E2E-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new SubjectData(
        subject, "DE89" + Math.abs(subject.hashCode()), "Erika " + subject, "rent for " + subject);
  }

  String transactionId(int i) {
    return subject + "-T" + i;
  }

  String alertId(int i) {
    return subject + "-A" + i;
  }

  /** Two scored transactions of the subject, produced in one committed Kafka transaction. */
  void produceTransactions(Instant at) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Transaction tx =
          Transaction.newBuilder()
              .setTransactionId(transactionId(i))
              .setEventTime(at.plusSeconds(i))
              .setAccountId(account)
              .setCustomerId(subject)
              .setDirection(Direction.DEBIT)
              .setCounterpartyAccountId("CP-" + subject)
              .setCounterpartyName(counterpartyName)
              .setAmount(new BigDecimal("9500.0000"))
              .setCurrency("EUR")
              .setChannel(Channel.WIRE)
              .setMemo(memo)
              .build();
      ScoredTransaction scored =
          ScoredTransaction.newBuilder()
              .setTransaction(tx)
              .setRiskScore(0.7)
              .setScoredAt(at.plusSeconds(i))
              .build();
      records.add(
          new ProducerRecord<>(
              TopicNames.SCORED_TRANSACTIONS,
              transactionId(i).getBytes(StandardCharsets.UTF_8),
              FinNexusSerdes.scoredTransactionCodec().encode(scored)));
    }
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      producer.beginTransaction();
      records.forEach(producer::send);
      producer.commitTransaction();
    }
  }

  /**
   * {@code n} alerts on the subject's account, naming its transactions, through the alerts topic.
   */
  List<String> produceAlerts(int n, Instant at) {
    List<Alert> alerts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      alerts.add(
          Alert.newBuilder(TestAlerts.cycle(alertId(i), subject, at, 0.8))
              .setAccountId(account)
              .setInvolvedAccounts(List.of(account, "CP-" + subject))
              .setTransactionIds(List.of(transactionId(1), transactionId(2)))
              .setSummary("Structuring by " + counterpartyName + " on " + account)
              .build());
    }
    TestAlerts.produce(alerts);
    return alerts.stream().map(Alert::getAlertId).toList();
  }

  /** Re-reads {@code topic} from the start: the latest value of each of {@code keys}. */
  static Map<String, byte[]> latestValues(String topic, Set<String> keys) {
    Map<String, byte[]> latest = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : ErasureTopics.readAll(topic)) {
      String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
      if (keys.contains(key)) {
        latest.put(key, r.value());
      }
    }
    return latest;
  }

  /** The personal data this subject's records carry, as text. */
  List<String> personalValues() {
    return List.of(subject, account, counterpartyName, memo);
  }

  /**
   * The records of {@code records} that carry this subject's personal data in their value (Avro
   * writes strings as UTF-8, so a byte search finds every field), or an account id as key.
   */
  List<ConsumerRecord<byte[], byte[]>> carrying(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream()
        .filter(
            r -> {
              String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
              String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
              return key.contains(account) || personalValues().stream().anyMatch(value::contains);
            })
        .toList();
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "erasure-e2e-" + UUID.randomUUID());
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
