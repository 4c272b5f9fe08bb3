package io.finnexus.schemas.validation;

/** One failed check, before the raw bytes are attached to make it a {@link Rejection}. */
record Problem(ReasonCode code, String field, String detail) {

  private static final int MAX_SHOWN = 64;

  Rejection toRejection(byte[] raw) {
    return new Rejection(code, field, detail, raw);
  }

  private static final int MAX_MESSAGE = 300;

  /** A field {@code value} cut to a length safe to put in a detail sentence. */
  static String shown(Object value) {
    return cut(String.valueOf(value), MAX_SHOWN);
  }

  /** An error {@code message} cut to a length safe for a dead letter. */
  static String message(String message) {
    return cut(String.valueOf(message), MAX_MESSAGE);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
