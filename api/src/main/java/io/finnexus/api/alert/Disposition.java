package io.finnexus.api.alert;

import java.util.Arrays;
import java.util.Optional;

/** How a review ended; the wire form is the lower-case name ({@code false_positive}). */
public enum Disposition {
  FALSE_POSITIVE,
  TRUE_POSITIVE_NO_SAR,
  SAR_FILED;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Disposition> parse(String text) {
    return Arrays.stream(values()).filter(d -> d.wire().equals(text)).findFirst();
  }
}
