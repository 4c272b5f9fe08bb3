package io.finnexus.app.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed parsing of one CSV field, turning every bad value into a {@link RowRejectedException}. */
final class Fields {
  private static final int MAX_ID_LENGTH = 128;

  private Fields() {}

  static String required(String value, String name) throws RowRejectedException {
    if (value == null || value.isBlank()) {
      throw new RowRejectedException(RejectReason.MISSING_FIELD, name + " is empty");
    }
    return value;
  }

  static String optional(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  static String id(String value, String name) throws RowRejectedException {
    String id = required(value, name).strip();
    if (id.length() > MAX_ID_LENGTH) {
      throw new RowRejectedException(RejectReason.BAD_ID, name + " longer than " + MAX_ID_LENGTH);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c) || c == '\uFFFD') {
        throw new RowRejectedException(
            RejectReason.BAD_ID, name + " has a control character or invalid UTF-8");
      }
    }
    return id;
  }

  static BigDecimal amount(String value, String name) throws RowRejectedException {
    String text = required(value, name).strip();
    if (text.length() > 40) {
      throw new RowRejectedException(RejectReason.BAD_AMOUNT, name + " too long");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RowRejectedException(
          RejectReason.BAD_AMOUNT, name + " not a decimal: " + abbreviate(text));
    }
  }

  static Instant instant(String value, String name) throws RowRejectedException {
    String text = required(value, name).strip();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          RejectReason.BAD_TIMESTAMP, name + " not an ISO-8601 instant: " + abbreviate(text));
    }
  }

  static long integer(String value, String name) throws RowRejectedException {
    String text = required(value, name).strip();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new RowRejectedException(
          RejectReason.BAD_NUMBER, name + " not an integer: " + abbreviate(text));
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name)
      throws RowRejectedException {
    String text = required(value, name).strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new RowRejectedException(
        RejectReason.BAD_ENUM,
        name + " not one of " + type.getSimpleName() + ": " + abbreviate(text));
  }

  /** A boolean label: true/false or 1/0. */
  static boolean label(String value, String name) throws RowRejectedException {
    String text = required(value, name).strip();
    switch (text) {
      case "true", "1":
        return true;
      case "false", "0":
        return false;
      default:
        throw new RowRejectedException(
            RejectReason.BAD_LABEL, name + " not true/false/1/0: " + abbreviate(text));
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
