package io.finnexus.flink.serde;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.validation.DeadLetters;
import io.finnexus.schemas.validation.Rejection;
import io.finnexus.schemas.validation.TransactionValidator;
import io.finnexus.schemas.validation.ValidationResult;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.movement.Movements;
import java.time.Clock;

/**
 * Turns the raw bytes of a {@code transactions} record into a {@link ParsedTransaction}: decoded
 * with the schemas module's codec, checked by its {@link TransactionValidator}, and split into
 * account legs by the scoring core's {@link Movements}. Never throws: anything undecodable or
 * invalid becomes a rejected record carrying its {@code DeadLetter}. Not serializable (the job
 * creates one per source reader).
 */
public final class TransactionParser {
  private final TransactionValidator validator = TransactionValidator.withDefaults();
  private final LedgerMode mode;
  private final Clock clock;

  public TransactionParser(LedgerMode mode, Clock clock) {
    this.mode = mode;
    this.clock = clock;
  }

  /**
   * @param fallbackTime event time given to a rejected record (the Kafka timestamp)
   */
  public ParsedTransaction parse(byte[] key, byte[] value, String source, long fallbackTime) {
    ParsedTransaction parsed = new ParsedTransaction();
    parsed.key = key;
    parsed.raw = value;
    parsed.source = source;
    ValidationResult result = validator.validate(value);
    if (result instanceof ValidationResult.Valid valid) {
      Transaction tx = valid.transaction();
      parsed.eventTime = tx.getEventTime().toEpochMilli();
      parsed.legs = Movements.of(tx, mode).toArray(new Movement[0]);
      CharSequence name = tx.getCounterpartyName();
      parsed.counterpartyName = name == null ? null : name.toString();
    } else {
      Rejection rejection = (Rejection) result;
      parsed.eventTime = fallbackTime;
      parsed.deadLetter =
          FinNexusSerdes.deadLetterCodec().encode(DeadLetters.of(rejection, source, key, clock));
    }
    return parsed;
  }
}
