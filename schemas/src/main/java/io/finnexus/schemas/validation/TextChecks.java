package io.finnexus.schemas.validation;

/** Checks on ids and free text: presence, blankness, length, control characters. */
final class TextChecks {

  private TextChecks() {}

  static Problem requiredId(String field, String value, int maxLength) {
    if (value == null) {
      return new Problem(ReasonCode.MISSING_FIELD, field, field + " is missing");
    }
    return optionalId(field, value, maxLength);
  }

  static Problem optionalId(String field, String value, int maxLength) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      return new Problem(ReasonCode.BLANK_ID, field, field + " is blank");
    }
    return text(field, value, maxLength, false);
  }

  /** Length, then control characters; {@code lineBreaksAllowed} admits tab, CR and LF. */
  static Problem text(String field, String value, int maxLength, boolean lineBreaksAllowed) {
    if (value == null) {
      return null;
    }
    if (value.length() > maxLength) {
      return new Problem(
          ReasonCode.FIELD_TOO_LONG,
          field,
          field + " has " + value.length() + " characters, at most " + maxLength);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(lineBreaksAllowed && isLineBreakOrTab(c))) {
        return new Problem(
            ReasonCode.CONTROL_CHARACTER,
            field,
            field + " contains control character U+" + String.format("%04X", (int) c));
      }
    }
    return null;
  }

  private static boolean isLineBreakOrTab(char c) {
    return c == '\t' || c == '\n' || c == '\r';
  }
}
