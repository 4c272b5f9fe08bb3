package io.finnexus.api.alert;

import java.math.BigDecimal;
import java.util.Currency;

/** Formats an amount in ISO 4217 minor units as an exact decimal string in major units. */
final class MinorUnits {

  private MinorUnits() {}

  static String format(long minor, String currency) {
    int digits = 2;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      // unknown code: assume cents, the common case
    }
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
