package io.finnexus.batch.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact conversion of a decimal amount to ISO 4217 minor units.
 *
 * <p>Why exact: a reconciliation that rounds hides breaks. {@code 18.150 EUR} becomes {@code 1815}
 * (trailing zeros are fine), but {@code 8.855 EUR} is rejected rather than rounded.
 */
public final class MinorUnits {

  private MinorUnits() {}

  /**
   * Converts {@code amount} in {@code currencyCode} to minor units.
   *
   * @throws IllegalArgumentException with a one-line reason if the currency is unknown, has no
   *     minor unit, the amount is negative, has more decimals than the currency allows or does not
   *     fit a long
   */
  public static long toMinor(BigDecimal amount, String currencyCode) {
    int digits = fractionDigits(currencyCode);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount " + shown(amount) + " is negative");
    }
    // Decided from precision and scale before any rescaling: setScale on "1E+99999999" or
    // "1E-99999999" would compute with a hundred-million-digit number and stall the job.
    BigDecimal stripped = amount.stripTrailingZeros();
    boolean fits =
        stripped.scale() <= digits && (long) stripped.precision() - stripped.scale() + digits <= 19;
    try {
      if (fits) {
        return stripped
            .movePointRight(digits)
            .setScale(0, RoundingMode.UNNECESSARY)
            .longValueExact();
      }
    } catch (ArithmeticException e) {
      // a 19-digit value above Long.MAX_VALUE: too large, reported below
    }
    throw new IllegalArgumentException(
        "amount "
            + shown(amount)
            + " "
            + currencyCode
            + " has more than "
            + digits
            + " decimals or is too large");
  }

  /** Plain notation unless that would be huge (the amount's exponent is in the message then). */
  private static String shown(BigDecimal amount) {
    return Math.abs((long) amount.scale()) > 40 ? amount.toString() : amount.toPlainString();
  }

  /** The ISO 4217 number of minor-unit digits (EUR 2, JPY 0, BHD 3). */
  public static int fractionDigits(String currencyCode) {
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency '" + currencyCode + "' is not an ISO 4217 code");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("currency " + currencyCode + " has no minor unit");
    }
    return digits;
  }
}
