package io.finnexus.schemas.validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of {@link Amounts#parse(String)}: a {@link Parsed} exact decimal or a {@link
 * Rejection} whose raw bytes are the UTF-8 of the text given.
 */
public sealed interface AmountParseResult permits AmountParseResult.Parsed, Rejection {

  /**
   * A syntactically valid, finite amount. Sign, zero and size are checked by the validator.
   *
   * @param amount the exact value as written, never null
   */
  record Parsed(BigDecimal amount) implements AmountParseResult {
    /** Rejects a null amount. */
    public Parsed {
      Objects.requireNonNull(amount, "amount");
    }
  }
}
