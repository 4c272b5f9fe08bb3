package io.finnexus.batch.jobs.reconciliation;

import java.time.LocalDate;

/**
 * A break ready to be written: its run, day, explanation (if an operator recorded one for its key)
 * and the id of the alert it raises ({@code null} when explained).
 */
public record BreakRow(
    long runId, LocalDate runDate, KeyedBreak keyed, String explanation, String alertId) {

  /** Deterministic alert id: run date + break key, so a re-run of the day never duplicates. */
  static String alertId(LocalDate runDate, String breakKey) {
    return "recon:" + runDate + ":" + breakKey;
  }
}
