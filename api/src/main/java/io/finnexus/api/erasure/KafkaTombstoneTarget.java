package io.finnexus.api.erasure;

import io.finnexus.retention.erasure.ErasureOutcome;
import io.finnexus.retention.erasure.ErasureTarget;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.topic.TopicSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Produces one Kafka tombstone (null value) per key of the subject's records in the compacted
 * topics FinNexus writes ({@link TopicSettings#COMPACTED}): on {@code scored-transactions} the
 * subject's transaction ids (from the archive), on {@code alerts} its alert ids (hashes). Never an
 * account id: a tombstone's key stays readable for the topic's {@code delete.retention.ms}. The log
 * cleaner then drops every earlier record of those keys at the next compaction, at the latest after
 * the topic's {@code max.compaction.lag.ms}: the outcome's {@code completeBy}, read from the broker
 * ({@link TopicDeadlines}), and the request cannot be confirmed before it. Must run before the key
 * shred and the archive deletion, which it reads the keys from.
 *
 * <p>Not reached: records of the subject the archive has not stored yet (an archiver lagging at the
 * time of the erasure), records keyed by account id before FinNexus keyed them per record (an
 * upgraded topic: they go by age), {@code transactions.dlq} and {@code transactions.late} (keyed by
 * the raw input key; erased by age, {@link TopicSettings#AGED}) and the upstream {@code
 * transactions} topic.
 */
final class KafkaTombstoneTarget implements ErasureTarget {

  private final String bootstrapServers;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  KafkaTombstoneTarget(String bootstrapServers, JdbcTemplate jdbc, Clock clock) {
    this.bootstrapServers = bootstrapServers;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "kafka-tombstones";
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    List<String> transactionIds =
        jdbc.queryForList(
            "SELECT DISTINCT transaction_id FROM monitored_transaction WHERE subject_id = ?"
                + " ORDER BY transaction_id",
            String.class,
            subjectId);
    List<String> alertIds =
        jdbc.queryForList(
            "SELECT alert_id FROM alert WHERE customer_id = ? ORDER BY alert_id",
            String.class,
            subjectId);
    Instant sent = clock.instant();
    send(Map.of(TopicNames.SCORED_TRANSACTIONS, transactionIds, TopicNames.ALERTS, alertIds));
    TopicDeadlines.Deadline deadline =
        TopicDeadlines.latest(
            bootstrapServers, List.of(TopicNames.SCORED_TRANSACTIONS, TopicNames.ALERTS), sent);
    return new ErasureOutcome(
        name(),
        "kafka:" + TopicNames.SCORED_TRANSACTIONS + "," + TopicNames.ALERTS,
        transactionIds.size() + alertIds.size(),
        String.format(
            "tombstones for %d transaction ids on %s and %d alert ids on %s;"
                + " the earlier records go at the next compaction, by %s at the latest (%s)."
                + " %s and %s are not keyed per record: their records go by age (retention.ms)",
            transactionIds.size(),
            TopicNames.SCORED_TRANSACTIONS,
            alertIds.size(),
            TopicNames.ALERTS,
            deadline.at(),
            deadline.why(),
            TopicNames.TRANSACTIONS_DLQ,
            TopicNames.TRANSACTIONS_LATE),
        deadline.at());
  }

  /**
   * The tombstones are all written once {@link #erase} returns; what they remove goes by the
   * outcome's {@code completeBy}, which the confirmation waits for.
   */
  @Override
  public long remaining(String subjectId) {
    return 0;
  }

  private void send(Map<String, List<String>> keysByTopic) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      keysByTopic.forEach(
          (topic, keys) ->
              keys.forEach(
                  key ->
                      sent.add(
                          producer.send(
                              new ProducerRecord<>(
                                  topic, key.getBytes(StandardCharsets.UTF_8), (byte[]) null)))));
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("kafka tombstones not acknowledged: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing tombstones", e);
    }
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        KafkaClientSecurity.with(
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
                10_000L)),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }
}
