package io.finnexus.schemas.topic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How FinNexus configures the topics it writes personal data to, so that an erasure reaches Kafka
 * within a known bound (KIP-354, {@code max.compaction.lag.ms}, made for this).
 *
 * <ul>
 *   <li>{@link #COMPACTED} ({@code scored-transactions}, {@code alerts}): one key per record
 *       (transaction id, alert id), {@code cleanup.policy=compact,delete}. Records still age out
 *       after {@code retention}; an erasure's tombstone removes the earlier record of its key at
 *       the next compaction, at the latest {@code erasureBound} after the tombstone (while the
 *       partition keeps receiving records: a segment rolls on a write).
 *   <li>{@link #AGED} ({@code transactions.dlq}, {@code transactions.late}): keyed by the raw input
 *       key (possibly null, never unique, the subject unknown for undecodable bytes), so a
 *       tombstone cannot name them: {@code cleanup.policy=delete}, and every record is gone at most
 *       {@code retention + erasureBound} after it was written ({@code segment.ms = erasureBound}).
 *   <li>{@code transactions} is written upstream (see the README) and {@code model-events} holds no
 *       personal data: FinNexus sets nothing on them.
 * </ul>
 *
 * @param retention {@code retention.ms} of the topics above (default 7 days, Kafka's own)
 * @param erasureBound {@code max.compaction.lag.ms} of the compacted topics: the longest an erased
 *     subject's records stay readable after the tombstones (default 1 day)
 * @param minCompactionLag {@code min.compaction.lag.ms}: a record is never compacted younger, so a
 *     transaction genuinely scored twice stays two records for an archiver lagging less than this
 *     (reconciliation reports it as a DUPLICATE); default 1 hour, at most {@code erasureBound}
 */
public record TopicSettings(Duration retention, Duration erasureBound, Duration minCompactionLag) {

  /** Topics keyed one record per key, compacted so an erasure's tombstones remove records. */
  public static final Set<String> COMPACTED =
      Set.of(TopicNames.SCORED_TRANSACTIONS, TopicNames.ALERTS);

  /** Personal-data topics a tombstone cannot name: erased by age. */
  public static final Set<String> AGED =
      Set.of(TopicNames.TRANSACTIONS_DLQ, TopicNames.TRANSACTIONS_LATE);

  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  public static final Duration DEFAULT_ERASURE_BOUND = Duration.ofDays(1);
  public static final Duration DEFAULT_MIN_COMPACTION_LAG = Duration.ofHours(1);

  /**
   * @throws IllegalArgumentException unless 0 &lt;= minCompactionLag &lt;= erasureBound &lt;=
   *     retention and erasureBound &gt; 0
   */
  public TopicSettings {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(erasureBound, "erasureBound");
    Objects.requireNonNull(minCompactionLag, "minCompactionLag");
    if (erasureBound.isNegative() || erasureBound.isZero()) {
      throw new IllegalArgumentException("topic erasure bound must be positive: " + erasureBound);
    }
    if (minCompactionLag.isNegative() || minCompactionLag.compareTo(erasureBound) > 0) {
      throw new IllegalArgumentException(
          "min compaction lag "
              + minCompactionLag
              + " must be between 0 and the erasure bound "
              + erasureBound);
    }
    if (retention.compareTo(erasureBound) < 0) {
      throw new IllegalArgumentException(
          "topic retention " + retention + " must not be shorter than the erasure bound");
    }
  }

  /** 7 days retention, erased within 1 day, nothing compacted younger than 1 hour. */
  public static TopicSettings defaults() {
    return new TopicSettings(DEFAULT_RETENTION, DEFAULT_ERASURE_BOUND, DEFAULT_MIN_COMPACTION_LAG);
  }

  /**
   * The topic-level configuration FinNexus sets on {@code topic} (Kafka config names to values);
   * empty for a topic it leaves as the broker makes it.
   */
  public Map<String, String> configOf(String topic) {
    Map<String, String> config = new LinkedHashMap<>();
    if (COMPACTED.contains(topic)) {
      config.put("cleanup.policy", "compact,delete");
      config.put("retention.ms", millis(retention));
      config.put("max.compaction.lag.ms", millis(erasureBound));
      config.put("min.compaction.lag.ms", millis(minCompactionLag));
    } else if (AGED.contains(topic)) {
      config.put("cleanup.policy", "delete");
      config.put("retention.ms", millis(retention));
      config.put("segment.ms", millis(erasureBound));
    }
    return config;
  }

  private static String millis(Duration d) {
    return Long.toString(d.toMillis());
  }
}
