package io.finnexus.schemas.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The limits {@link TransactionValidator} enforces. Use {@link #defaults()} and change one limit
 * with a {@code with...} method; the canonical constructor checks that the limits make sense.
 *
 * @param maxRecordBytes largest raw record accepted before decoding; default 65,536 (a real
 *     transaction is well under 2 KiB; this bounds the work a hostile record can cause)
 * @param maxIdLength longest id (transaction, account, customer, card, merchant, device); default
 *     128 (UUIDs are 36, IBANs 34)
 * @param maxNameLength longest counterparty name; default 256 (ISO 20022 names are at most 140)
 * @param maxMemoLength longest memo; default 2,048 (ISO 20022 unstructured remittance is 140 per
 *     line)
 * @param maxAmount largest amount in major units, whatever the currency; default 10,000,000,000,000
 *     (1e13, leaves room for high-denomination currencies); at most {@link #WIRE_MAX_AMOUNT}
 * @param allowZeroAmount whether an amount of zero is valid; default false (a transaction is a
 *     monetary movement, and zero-value card checks are not)
 * @param maxClockSkew how far in the future of the validator's clock an event time may lie; default
 *     5 minutes
 * @param earliestEventTime event times before this are refused; default 2000-01-01T00:00:00Z, which
 *     admits historical imports and catches seconds-read-as-milliseconds (1970) and zeros
 * @param extraCurrencies codes accepted besides the JDK's ISO 4217 list (e.g. {@code BTC}); default
 *     none. {@code XXX} and {@code XTS} (no currency, testing) are never accepted
 * @param extraCountries codes accepted besides {@link java.util.Locale#getISOCountries()}; default
 *     {@code XK} (Kosovo, user-assigned but used by SWIFT and the EU)
 */
public record ValidationLimits(
    int maxRecordBytes,
    int maxIdLength,
    int maxNameLength,
    int maxMemoLength,
    BigDecimal maxAmount,
    boolean allowZeroAmount,
    Duration maxClockSkew,
    Instant earliestEventTime,
    Set<String> extraCurrencies,
    Set<String> extraCountries) {

  /** The largest amount the wire format (Avro decimal(18,4)) can carry. */
  public static final BigDecimal WIRE_MAX_AMOUNT = new BigDecimal("99999999999999.9999");

  private static final ValidationLimits DEFAULTS =
      new ValidationLimits(
          65_536,
          128,
          256,
          2_048,
          new BigDecimal("10000000000000"),
          false,
          Duration.ofMinutes(5),
          Instant.parse("2000-01-01T00:00:00Z"),
          Set.of(),
          Set.of("XK"));

  /** Checks every limit is positive and the amount fits the wire format. */
  public ValidationLimits {
    requirePositive(maxRecordBytes, "maxRecordBytes");
    requirePositive(maxIdLength, "maxIdLength");
    requirePositive(maxNameLength, "maxNameLength");
    requirePositive(maxMemoLength, "maxMemoLength");
    Objects.requireNonNull(maxAmount, "maxAmount");
    if (maxAmount.signum() <= 0 || maxAmount.compareTo(WIRE_MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("maxAmount must be in (0, " + WIRE_MAX_AMOUNT + "]");
    }
    if (maxClockSkew == null || maxClockSkew.isNegative()) {
      throw new IllegalArgumentException("maxClockSkew must be zero or positive");
    }
    Objects.requireNonNull(earliestEventTime, "earliestEventTime");
    extraCurrencies = Set.copyOf(extraCurrencies);
    extraCountries = Set.copyOf(extraCountries);
  }

  /** The documented safe defaults. */
  public static ValidationLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another maximum amount. */
  public ValidationLimits withMaxAmount(BigDecimal value) {
    return new ValidationLimits(
        maxRecordBytes,
        maxIdLength,
        maxNameLength,
        maxMemoLength,
        value,
        allowZeroAmount,
        maxClockSkew,
        earliestEventTime,
        extraCurrencies,
        extraCountries);
  }

  /** These limits with zero amounts allowed or not. */
  public ValidationLimits withAllowZeroAmount(boolean value) {
    return new ValidationLimits(
        maxRecordBytes,
        maxIdLength,
        maxNameLength,
        maxMemoLength,
        maxAmount,
        value,
        maxClockSkew,
        earliestEventTime,
        extraCurrencies,
        extraCountries);
  }

  /** These limits with another clock skew. */
  public ValidationLimits withMaxClockSkew(Duration value) {
    return new ValidationLimits(
        maxRecordBytes,
        maxIdLength,
        maxNameLength,
        maxMemoLength,
        maxAmount,
        allowZeroAmount,
        value,
        earliestEventTime,
        extraCurrencies,
        extraCountries);
  }

  /** These limits with another earliest event time. */
  public ValidationLimits withEarliestEventTime(Instant value) {
    return new ValidationLimits(
        maxRecordBytes,
        maxIdLength,
        maxNameLength,
        maxMemoLength,
        maxAmount,
        allowZeroAmount,
        maxClockSkew,
        value,
        extraCurrencies,
        extraCountries);
  }

  /** These limits with other extra currency codes. */
  public ValidationLimits withExtraCurrencies(Set<String> value) {
    return new ValidationLimits(
        maxRecordBytes,
        maxIdLength,
        maxNameLength,
        maxMemoLength,
        maxAmount,
        allowZeroAmount,
        maxClockSkew,
        earliestEventTime,
        value,
        extraCountries);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
