package io.finnexus.schemas.validation;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.AvroCodec;
import io.finnexus.schemas.codec.CodecException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * The gate for untrusted transactions (the {@code transactions} topic, file imports, the API):
 * turns input into a {@link ValidationResult.Valid} transaction or a typed {@link Rejection} that
 * keeps the raw input. No exception ever escapes {@code validate}; a failure of the validator
 * itself becomes {@link ReasonCode#VALIDATOR_ERROR}.
 *
 * <p>Checks run in a fixed order (required fields, ids, texts, amount, currency, event time,
 * countries, merchant category) and the first failure is reported. A valid transaction is returned
 * with its amount at scale 4; the input object is never modified. Thread-safe.
 */
public final class TransactionValidator {

  private final ValidationLimits limits;
  private final AvroCodec<Transaction> codec;
  private final TransactionChecks checks;

  /**
   * A validator enforcing {@code limits}, reading "now" from {@code clock} for the future check.
   */
  public TransactionValidator(ValidationLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.codec = AvroCodec.of(Transaction.class);
    this.checks = new TransactionChecks(limits, Objects.requireNonNull(clock, "clock"));
  }

  /** A validator with {@link ValidationLimits#defaults()} and the system UTC clock. */
  public static TransactionValidator withDefaults() {
    return new TransactionValidator(ValidationLimits.defaults(), Clock.systemUTC());
  }

  /** Validates a record as read from the topic: format-version byte plus Avro binary. */
  public ValidationResult validate(byte[] raw) {
    byte[] bytes = raw == null ? new byte[0] : raw;
    if (bytes.length > limits.maxRecordBytes()) {
      return new Rejection(
          ReasonCode.RECORD_TOO_LARGE,
          null,
          "record has " + bytes.length + " bytes, at most " + limits.maxRecordBytes(),
          bytes);
    }
    Transaction decoded;
    try {
      decoded = codec.decode(bytes);
    } catch (CodecException e) {
      return new Rejection(ReasonCode.UNDECODABLE, null, Problem.message(e.getMessage()), bytes);
    } catch (RuntimeException e) {
      return validatorError(e, bytes);
    }
    return validate(decoded, bytes);
  }

  /**
   * Validates a transaction built by an importer; a rejection carries the transaction's text form
   * as raw bytes. Prefer {@link #validate(Transaction, byte[])} when the original line is at hand.
   */
  public ValidationResult validate(Transaction transaction) {
    return validate(transaction, textOf(transaction));
  }

  /** Validates a transaction decoded from {@code raw}; a rejection keeps {@code raw}. */
  public ValidationResult validate(Transaction transaction, byte[] raw) {
    byte[] bytes = raw == null ? new byte[0] : raw;
    try {
      Problem problem = checks.firstProblem(transaction);
      if (problem != null) {
        return problem.toRejection(bytes);
      }
      return new ValidationResult.Valid(normalized(transaction));
    } catch (RuntimeException e) {
      return validatorError(e, bytes);
    }
  }

  private static Transaction normalized(Transaction tx) {
    if (tx.getAmount().scale() == TransactionChecks.WIRE_SCALE) {
      return tx;
    }
    return Transaction.newBuilder(tx)
        .setAmount(tx.getAmount().setScale(TransactionChecks.WIRE_SCALE, RoundingMode.UNNECESSARY))
        .build();
  }

  private static Rejection validatorError(RuntimeException e, byte[] bytes) {
    return new Rejection(
        ReasonCode.VALIDATOR_ERROR, null, Problem.message("validator failed: " + e), bytes);
  }

  private static byte[] textOf(Transaction transaction) {
    try {
      return String.valueOf(transaction).getBytes(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return new byte[0];
    }
  }
}
