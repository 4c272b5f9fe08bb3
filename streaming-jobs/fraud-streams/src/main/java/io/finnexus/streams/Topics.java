package io.finnexus.streams;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic the fraud-scoring app reads or writes, with its key and value serdes, declared once
 * (names from {@link TopicNames}, serdes from {@link FinNexusSerdes}) so the topology, the tests
 * and the tools cannot disagree.
 *
 * @param <K> key type
 * @param <V> value type
 */
public record Topics<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  /**
   * Input, read as raw bytes: every record, however malformed, reaches the validator and either
   * scores or becomes a dead letter (a tombstone is skipped). Key = account id.
   */
  public static final Topics<byte[], byte[]> TRANSACTIONS =
      new Topics<>(TopicNames.TRANSACTIONS, Serdes.ByteArray(), Serdes.ByteArray());

  /**
   * Every valid transaction with its score; key = transaction id (one record per key: the topic is
   * compacted, see {@link io.finnexus.schemas.topic.TopicSettings}). Partitioned by that key, so
   * there is no per-account order here; no FinNexus consumer needs one.
   */
  public static final Topics<String, ScoredTransaction> SCORED_TRANSACTIONS =
      new Topics<>(
          TopicNames.SCORED_TRANSACTIONS, Serdes.String(), FinNexusSerdes.scoredTransaction());

  /** Fraud alerts; key = the deterministic alert id. */
  public static final Topics<String, Alert> ALERTS =
      new Topics<>(TopicNames.ALERTS, Serdes.String(), FinNexusSerdes.alert());

  /** Rejected input with its reason and raw bytes; key = the raw input key. */
  public static final Topics<byte[], DeadLetter> TRANSACTIONS_DLQ =
      new Topics<>(TopicNames.TRANSACTIONS_DLQ, Serdes.ByteArray(), FinNexusSerdes.deadLetter());

  /** Model registry stage changes, read into a global store; key = model name. */
  public static final Topics<String, ModelEvent> MODEL_EVENTS =
      new Topics<>(TopicNames.MODEL_EVENTS, Serdes.String(), FinNexusSerdes.modelEvent());
}
