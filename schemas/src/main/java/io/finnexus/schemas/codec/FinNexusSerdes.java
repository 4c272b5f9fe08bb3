package io.finnexus.schemas.codec;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;

/**
 * One serde per FinNexus record type, in the style of Kafka's {@code Serdes}: {@code
 * FinNexusSerdes.transaction()} and friends. The instances are shared and thread-safe.
 *
 * <p>Use the codec accessors ({@link #transactionCodec()} and friends) where no Kafka type is
 * wanted, e.g. in a Flink adapter.
 */
public final class FinNexusSerdes {

  private static final AvroSerde<Transaction> TRANSACTION =
      new AvroSerde<>(AvroCodec.of(Transaction.class));
  private static final AvroSerde<ScoredTransaction> SCORED =
      new AvroSerde<>(AvroCodec.of(ScoredTransaction.class));
  private static final AvroSerde<Alert> ALERT = new AvroSerde<>(AvroCodec.of(Alert.class));
  private static final AvroSerde<ModelEvent> MODEL_EVENT =
      new AvroSerde<>(AvroCodec.of(ModelEvent.class));
  private static final AvroSerde<DeadLetter> DEAD_LETTER =
      new AvroSerde<>(AvroCodec.of(DeadLetter.class));

  private FinNexusSerdes() {}

  /** Serde of the {@code transactions} topic. */
  public static AvroSerde<Transaction> transaction() {
    return TRANSACTION;
  }

  /** Serde of the {@code scored-transactions} topic. */
  public static AvroSerde<ScoredTransaction> scoredTransaction() {
    return SCORED;
  }

  /** Serde of the {@code alerts} topic. */
  public static AvroSerde<Alert> alert() {
    return ALERT;
  }

  /** Serde of the {@code model-events} topic. */
  public static AvroSerde<ModelEvent> modelEvent() {
    return MODEL_EVENT;
  }

  /** Serde of the {@code transactions.dlq} topic. */
  public static AvroSerde<DeadLetter> deadLetter() {
    return DEAD_LETTER;
  }

  /** Codec of {@link Transaction}, without Kafka types. */
  public static AvroCodec<Transaction> transactionCodec() {
    return TRANSACTION.codec();
  }

  /** Codec of {@link ScoredTransaction}, without Kafka types. */
  public static AvroCodec<ScoredTransaction> scoredTransactionCodec() {
    return SCORED.codec();
  }

  /** Codec of {@link Alert}, without Kafka types. */
  public static AvroCodec<Alert> alertCodec() {
    return ALERT.codec();
  }

  /** Codec of {@link ModelEvent}, without Kafka types. */
  public static AvroCodec<ModelEvent> modelEventCodec() {
    return MODEL_EVENT.codec();
  }

  /** Codec of {@link DeadLetter}, without Kafka types. */
  public static AvroCodec<DeadLetter> deadLetterCodec() {
    return DEAD_LETTER.codec();
  }
}
