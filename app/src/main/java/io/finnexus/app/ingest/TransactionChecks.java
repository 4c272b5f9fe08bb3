package io.finnexus.app.ingest;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.validation.Rejection;
import io.finnexus.schemas.validation.TransactionValidator;
import io.finnexus.schemas.validation.ValidationLimits;
import io.finnexus.schemas.validation.ValidationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value rules every imported transaction must meet before it may reach a topic: positive amount
 * that fits decimal(18,4), ISO 4217 currency, ISO 3166 countries, 4-digit MCC, plausible time.
 * Parse-level helpers for amounts and currencies, and the full check through the shared validator.
 */
final class TransactionChecks {
  static final int AMOUNT_SCALE = 4;
  private static final int AMOUNT_PRECISION = 18;
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private static final TransactionValidator VALIDATOR =
      new TransactionValidator(
          ValidationLimits.defaults().withMaxClockSkew(Duration.ofDays(36_500)), Clock.systemUTC());

  private TransactionChecks() {}

  /** {@code amount} at scale 4, or a reject when it is not positive or does not fit. */
  static BigDecimal money(BigDecimal amount) throws RowRejectedException {
    if (amount.signum() <= 0) {
      throw new RowRejectedException(RejectReason.BAD_AMOUNT, "amount must be positive");
    }
    // Size and decimals are read off precision and scale before any rescaling: setScale on a
    // ten-character "1E+99999999" would build a hundred-million-digit number and stall the import.
    if ((long) amount.precision() - amount.scale() > AMOUNT_PRECISION - AMOUNT_SCALE) {
      throw new RowRejectedException(RejectReason.BAD_AMOUNT, "amount too large for decimal(18,4)");
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > AMOUNT_SCALE) {
      throw new RowRejectedException(
          RejectReason.BAD_AMOUNT, "amount has more than " + AMOUNT_SCALE + " decimals");
    }
    return stripped.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
  }

  static String currency(String code) throws RowRejectedException {
    if (!CURRENCIES.contains(code)) {
      throw new RowRejectedException(
          RejectReason.BAD_CURRENCY, "not an ISO 4217 code: " + Fields.abbreviate(code));
    }
    return code;
  }

  /**
   * Checks a whole transaction (every importer's output) with the schemas module's validator, the
   * same gate the streaming engines apply; imported history may lie in the future of the clock.
   */
  static Transaction check(Transaction tx) throws RowRejectedException {
    tx.setAmount(money(tx.getAmount()));
    ValidationResult result = VALIDATOR.validate(tx);
    if (result instanceof Rejection rejection) {
      String field = rejection.field() == null ? "" : rejection.field() + ": ";
      throw new RowRejectedException(
          RejectReason.INVALID_TRANSACTION,
          rejection.reasonCode() + " " + field + Fields.abbreviate(rejection.detail()));
    }
    return tx;
  }
}
