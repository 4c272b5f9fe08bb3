package io.finnexus.api.erasure;

import io.finnexus.api.personal.PersonalFields;
import io.finnexus.retention.erasure.ErasureOutcome;
import io.finnexus.retention.erasure.ErasureTarget;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Produces Kafka tombstones (null values) for the subject's keys in the keyed topics FinNexus
 * writes: {@code scored-transactions} (key = account id: the subject's archived accounts and alert
 * accounts) and {@code alerts} (key = alert id: the subject's alerts). On a compacted topic the
 * cleaner then drops every earlier record of those keys; on a delete-policy topic they age out with
 * the topic's retention, and the tombstone is at least the latest word for the key. Must run before
 * the key shred and the archive deletion, which it reads the keys from. The {@code transactions}
 * topic is written upstream of FinNexus and its consumers dead-letter null values, so it gets none.
 */
final class KafkaTombstoneTarget implements ErasureTarget {

  private final String bootstrapServers;
  private final JdbcTemplate jdbc;
  private final PersonalFields personal;

  KafkaTombstoneTarget(String bootstrapServers, JdbcTemplate jdbc, PersonalFields personal) {
    this.bootstrapServers = bootstrapServers;
    this.jdbc = jdbc;
    this.personal = personal;
  }

  @Override
  public String name() {
    return "kafka-tombstones";
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    Set<String> accounts = accounts(subjectId);
    List<String> alertIds =
        jdbc.queryForList(
            "SELECT alert_id FROM alert WHERE customer_id = ? ORDER BY alert_id",
            String.class,
            subjectId);
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      List<Future<RecordMetadata>> sent = new java.util.ArrayList<>();
      accounts.forEach(a -> sent.add(tombstone(producer, TopicNames.SCORED_TRANSACTIONS, a)));
      alertIds.forEach(id -> sent.add(tombstone(producer, TopicNames.ALERTS, id)));
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
      return new ErasureOutcome(
          name(),
          "kafka:" + TopicNames.SCORED_TRANSACTIONS + "," + TopicNames.ALERTS,
          sent.size(),
          "tombstones for the subject's account and alert keys; earlier records go at compaction"
              + " or topic retention");
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("kafka tombstones not acknowledged: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing tombstones", e);
    }
  }

  /** Kafka cannot be asked what a key still holds cheaply: the tombstones are the erasure here. */
  @Override
  public long remaining(String subjectId) {
    return 0;
  }

  private Set<String> accounts(String subjectId) {
    Set<String> accounts = new LinkedHashSet<>();
    accounts.addAll(
        jdbc.queryForList(
            "SELECT DISTINCT account_id FROM monitored_transaction WHERE subject_id = ?",
            String.class,
            subjectId));
    jdbc.query(
        "SELECT account_id FROM alert WHERE customer_id = ?",
        rs -> {
          String account = personal.open(subjectId, PersonalFields.ALERT_ACCOUNT, rs.getString(1));
          if (account != null && !account.startsWith("[")) {
            accounts.add(account);
          }
        },
        subjectId);
    return accounts;
  }

  private static Future<RecordMetadata> tombstone(
      KafkaProducer<byte[], byte[]> producer, String topic, String key) {
    return producer.send(
        new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), (byte[]) null));
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            (int) Duration.ofSeconds(30).toMillis(),
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            10_000L),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }
}
