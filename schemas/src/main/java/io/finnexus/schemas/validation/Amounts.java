package io.finnexus.schemas.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses amount text from files and APIs into an exact {@link BigDecimal}, never a double.
 *
 * <p>Accepted: optional sign, digits, optional dot and digits, surrounding whitespace ({@code
 * "1234.5"}, {@code "-0.01"}, {@code ".5"}). Refused with a typed reason: NaN and Infinity in any
 * spelling ({@link ReasonCode#NON_FINITE_AMOUNT}), and anything else ({@link
 * ReasonCode#MALFORMED_AMOUNT}): exponents (a crafted {@code 1e999999999} would make later
 * arithmetic explode), thousands separators and decimal commas (importers normalize their locale
 * first), currency symbols, more than 40 characters. Never throws.
 */
public final class Amounts {

  /** Longest amount text accepted; far above the 18 digits the wire format can carry. */
  public static final int MAX_TEXT_LENGTH = 40;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Set<String> NON_FINITE =
      Set.of("nan", "inf", "infinity", "+inf", "-inf", "+infinity", "-infinity", "+nan", "-nan");

  private Amounts() {}

  /** The amount in {@code text}, or why it is not one. */
  public static AmountParseResult parse(String text) {
    if (text == null || text.isBlank()) {
      return Rejection.of(ReasonCode.MISSING_FIELD, "amount", "amount is empty", text);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return Rejection.of(
          ReasonCode.MALFORMED_AMOUNT,
          "amount",
          "amount text has " + text.length() + " characters, at most " + MAX_TEXT_LENGTH,
          text);
    }
    String trimmed = text.strip();
    if (NON_FINITE.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Rejection.of(
          ReasonCode.NON_FINITE_AMOUNT, "amount", "amount is not finite: " + trimmed, text);
    }
    if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
      return Rejection.of(
          ReasonCode.MALFORMED_AMOUNT, "amount", "amount is not a plain decimal: " + trimmed, text);
    }
    return new AmountParseResult.Parsed(new BigDecimal(trimmed));
  }
}
