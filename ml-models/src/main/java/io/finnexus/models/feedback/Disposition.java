package io.finnexus.models.feedback;

/** An officer's verdict on an alert, as a training label. */
public enum Disposition {
  /** Confirmed fraud / laundering (label 1). */
  TRUE_POSITIVE,
  /** Closed as not suspicious (label 0). */
  FALSE_POSITIVE,
  /** Closed without a verdict (duplicate, insufficient information): not a label, skipped. */
  INCONCLUSIVE;

  /** 1, 0, or -1 when the disposition is no label. */
  public int label() {
    return switch (this) {
      case TRUE_POSITIVE -> 1;
      case FALSE_POSITIVE -> 0;
      case INCONCLUSIVE -> -1;
    };
  }
}
