package io.finnexus.batch.statement;

/**
 * Whether a statement entry adds money to the account (credit) or takes it away (debit).
 *
 * <p>Amounts are carried unsigned; the direction carries the sign, exactly as ISO 20022 does with
 * {@code CdtDbtInd}.
 */
public enum EntryDirection {
  CREDIT("CRDT"),
  DEBIT("DBIT");

  private final String isoCode;

  EntryDirection(String isoCode) {
    this.isoCode = isoCode;
  }

  /** The ISO 20022 code ({@code CRDT}/{@code DBIT}). */
  public String isoCode() {
    return isoCode;
  }

  /**
   * Reads {@code CRDT}/{@code DBIT} or {@code CREDIT}/{@code DEBIT} (any case).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static EntryDirection parse(String text) {
    String value = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
    for (EntryDirection direction : values()) {
      if (direction.isoCode.equals(value) || direction.name().equals(value)) {
        return direction;
      }
    }
    throw new IllegalArgumentException(
        "credit/debit indicator '" + text + "' is not one of CRDT, DBIT, CREDIT, DEBIT");
  }

  /** {@code +magnitude} for a credit, {@code -magnitude} for a debit. */
  public long sign(long magnitude) {
    return this == CREDIT ? magnitude : -magnitude;
  }
}
