package io.finnexus.batch.reconciliation;

/** Which side a break was found on. */
public enum BreakSide {
  LEDGER,
  MONITORING,
  /** A matched pair that disagrees. */
  BOTH
}
