package io.finnexus.schemas.validation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Why an input was refused, with the untouched input so nothing is lost: it becomes a dead letter.
 *
 * @param reasonCode the stable code, never null
 * @param field the offending field (schema name, e.g. {@code amount}), or null when the whole
 *     record is bad
 * @param detail one human-readable sentence, never blank; holds no memo or name content
 * @param rawBytes the input exactly as received (empty when there was none); copied in and out
 */
public record Rejection(ReasonCode reasonCode, String field, String detail, byte[] rawBytes)
    implements ValidationResult, AmountParseResult {

  /** Copies the raw bytes and fills a blank detail with the reason code. */
  public Rejection {
    Objects.requireNonNull(reasonCode, "reasonCode");
    detail = detail == null || detail.isBlank() ? reasonCode.name() : detail;
    rawBytes = rawBytes == null ? new byte[0] : rawBytes.clone();
  }

  /** A copy of the raw input. */
  @Override
  public byte[] rawBytes() {
    return rawBytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rejection r
        && reasonCode == r.reasonCode
        && Objects.equals(field, r.field)
        && detail.equals(r.detail)
        && Arrays.equals(rawBytes, r.rawBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reasonCode, field, detail, Arrays.hashCode(rawBytes));
  }

  @Override
  public String toString() {
    return "Rejection["
        + reasonCode
        + (field == null ? "" : " " + field)
        + ": "
        + detail
        + ", "
        + rawBytes.length
        + " raw bytes]";
  }

  static Rejection of(ReasonCode code, String field, String detail, String rawText) {
    byte[] raw = rawText == null ? new byte[0] : rawText.getBytes(StandardCharsets.UTF_8);
    return new Rejection(code, field, detail, raw);
  }
}
