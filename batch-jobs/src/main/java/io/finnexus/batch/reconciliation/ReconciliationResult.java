package io.finnexus.batch.reconciliation;

import java.util.List;

/**
 * What one reconciliation run found.
 *
 * @param breaks every break, ledger-side ones in ledger order first, then monitoring-side ones
 * @param summary counts, amounts and match rate
 */
public record ReconciliationResult(List<Break> breaks, ReconciliationSummary summary) {

  public ReconciliationResult {
    breaks = List.copyOf(breaks);
  }
}
