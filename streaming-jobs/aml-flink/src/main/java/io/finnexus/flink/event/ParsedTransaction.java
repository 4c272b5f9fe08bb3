package io.finnexus.flink.event;

import io.finnexus.scoring.movement.Movement;

/**
 * One record of the {@code transactions} topic after decoding and validation, as the Kafka source
 * emits it: either valid ({@link #legs} set, {@link #deadLetter} null) or rejected ({@link
 * #deadLetter} holds the Avro {@code DeadLetter} bytes for {@code transactions.dlq}). Decoding in
 * the source lets watermarks be generated per Kafka partition from the event time.
 *
 * <p>A public-field POJO so Flink serializes it with its POJO serializer, never Kryo.
 */
public class ParsedTransaction {
  /** The Kafka key as received (account id bytes), may be null. */
  public byte[] key;

  /** The Kafka value exactly as received. */
  public byte[] raw;

  /** {@code topic-partition@offset}, or a generator position. */
  public String source;

  /** Event time in epoch millis (valid records); the Kafka timestamp for rejected ones. */
  public long eventTime;

  /** The account legs (own leg first, then a synthesized receiver leg in single-entry feeds). */
  public Movement[] legs;

  /** The counterparty's name, screened against sanctions lists; may be null. */
  public String counterpartyName;

  /**
   * The W3C {@code traceparent} header the record arrived with, null if none (README "Tracing").
   */
  public String traceparent;

  /** Avro {@code DeadLetter} bytes of a rejected record, null for a valid one. */
  public byte[] deadLetter;

  public ParsedTransaction() {}

  public boolean isValid() {
    return deadLetter == null;
  }

  /** The record's own leg (valid records only). */
  public Movement ownLeg() {
    return legs[0];
  }
}
