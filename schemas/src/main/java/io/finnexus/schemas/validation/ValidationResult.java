package io.finnexus.schemas.validation;

import io.finnexus.schemas.avro.Transaction;
import java.util.Objects;

/**
 * The outcome of validating one untrusted input: a {@link Valid} transaction that downstream code
 * may trust, or a {@link Rejection} that goes to the dead letters. Switch over it exhaustively.
 */
public sealed interface ValidationResult permits ValidationResult.Valid, Rejection {

  /** True for {@link Valid}. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /**
   * A transaction that passed every check, with its amount at scale 4.
   *
   * @param transaction the normalized transaction, never null
   */
  record Valid(Transaction transaction) implements ValidationResult {
    /** Rejects a null transaction. */
    public Valid {
      Objects.requireNonNull(transaction, "transaction");
    }
  }
}
