package io.finnexus.batch.reconciliation;

/** Why a ledger entry and the monitored transactions do not agree. */
public enum BreakKind {
  /** The bank booked it, monitoring never saw it: the control this job exists for. */
  MISSING_IN_MONITORING,
  /** Monitoring saw it, the ledger of record has no such entry. */
  MISSING_IN_LEDGER,
  /** Matched by reference, but the signed amounts differ. */
  AMOUNT_MISMATCH,
  /** Matched by reference, but the currencies differ. */
  CURRENCY_MISMATCH,
  /** The same reference appears again on one side (see {@link Break#side()}). */
  DUPLICATE
}
