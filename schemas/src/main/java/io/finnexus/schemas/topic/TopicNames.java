package io.finnexus.schemas.topic;

import java.util.List;

/**
 * The Kafka topic names of FinNexus, declared here and nowhere else so that producers, the Kafka
 * Streams app, the Flink job and the tooling can never disagree on a name.
 *
 * <p>Every topic carries Avro records written by {@link io.finnexus.schemas.codec.AvroCodec} (one
 * format-version byte, then Avro binary); the record type of each topic is named below.
 */
public final class TopicNames {

  /** Incoming transactions ({@code Transaction}), key = account id. */
  public static final String TRANSACTIONS = "transactions";

  /** Every transaction after fraud scoring ({@code ScoredTransaction}), key = account id. */
  public static final String SCORED_TRANSACTIONS = "scored-transactions";

  /** Alerts raised by any detector ({@code Alert}), key = alert id. */
  public static final String ALERTS = "alerts";

  /** Model registry stage changes ({@code ModelEvent}), key = model name. */
  public static final String MODEL_EVENTS = "model-events";

  /** Rejected input of {@link #TRANSACTIONS} ({@code DeadLetter}), key = the original raw key. */
  public static final String TRANSACTIONS_DLQ = "transactions.dlq";

  /**
   * Transactions the AML job received after the watermark had passed them ({@code Transaction}, key
   * = account id): counted and kept for review, not scored.
   */
  public static final String TRANSACTIONS_LATE = "transactions.late";

  /**
   * Partitions a topic gets when FinNexus creates it (embedded mode, tests). Four lets the two
   * engines run with parallelism up to four on a laptop; production clusters size their own.
   */
  public static final int DEFAULT_PARTITIONS = 4;

  /** All topics, in data-flow order, for tooling that creates or checks them. */
  public static final List<String> ALL =
      List.of(
          TRANSACTIONS,
          SCORED_TRANSACTIONS,
          ALERTS,
          MODEL_EVENTS,
          TRANSACTIONS_DLQ,
          TRANSACTIONS_LATE);

  private TopicNames() {}
}
