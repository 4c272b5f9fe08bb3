package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.StatementEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reconciles one day's ledger entries against the monitored transactions.
 *
 * <p>Algorithm (hash joins, O(n + m) expected):
 *
 * <ol>
 *   <li>Monitoring duplicates: a repeated transaction id is a {@code DUPLICATE} (side MONITORING)
 *       and takes no further part.
 *   <li>Ledger duplicates: a repeated reference (transaction id, else a real end-to-end id, else
 *       entry id) is a {@code DUPLICATE} (side LEDGER).
 *   <li>Reference match: ledger transaction id to monitored transaction id, else ledger end-to-end
 *       id to monitored reference or transaction id. A matched pair with another currency is a
 *       {@code CURRENCY_MISMATCH}, with another signed amount (amount or direction) an {@code
 *       AMOUNT_MISMATCH}.
 *   <li>Fallback for the rest: account + signed amount + currency, event day within the configured
 *       tolerance of the value or booking date ({@link FallbackMatcher}).
 *   <li>Ledger entries still unmatched are {@code MISSING_IN_MONITORING}; monitored transactions
 *       still free are {@code MISSING_IN_LEDGER}.
 * </ol>
 *
 * <p>Stateless and thread-safe; a Spring Batch tasklet (or the last step after chunk steps that
 * stage both sides) can call it as is, and a chunk writer can persist the returned breaks.
 */
public final class ReconciliationEngine {

  private final ReconciliationConfig config;

  public ReconciliationEngine(ReconciliationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Runs the reconciliation; the inputs are not modified. */
  public ReconciliationResult reconcile(
      List<StatementEntry> ledger, List<MonitoredTransaction> monitored) {
    List<Break> ledgerBreaks = new ArrayList<>();
    List<Break> monitoringBreaks = new ArrayList<>();
    MonitoredIndex index = MonitoredIndex.build(monitored, monitoringBreaks);
    Set<String> seen = new HashSet<>(MonitoredIndex.capacity(ledger.size()));
    List<StatementEntry> unmatched = new ArrayList<>();
    long byReference = 0;
    for (StatementEntry e : ledger) {
      if (!seen.add(LedgerKeys.duplicateKey(e))) {
        ledgerBreaks.add(Break.duplicateInLedger(e));
        continue;
      }
      int m = index.takeByReference(e);
      if (m < 0) {
        unmatched.add(e);
      } else if (compare(e, index.get(m), ledgerBreaks)) {
        byReference++;
      }
    }
    long byFallback = 0;
    FallbackMatcher fallback = new FallbackMatcher(index, config);
    for (StatementEntry e : unmatched) {
      if (fallback.take(e) >= 0) {
        byFallback++;
      } else {
        ledgerBreaks.add(Break.missingInMonitoring(e));
      }
    }
    for (int i = 0; i < index.size(); i++) {
      if (!index.isConsumed(i)) {
        monitoringBreaks.add(Break.missingInLedger(index.get(i)));
      }
    }
    List<Break> breaks = new ArrayList<>(ledgerBreaks);
    breaks.addAll(monitoringBreaks);
    ReconciliationSummary summary =
        ReconciliationSummary.of(ledger.size(), monitored.size(), byReference, byFallback, breaks);
    return new ReconciliationResult(breaks, summary);
  }

  /** Adds a mismatch break and returns false, or returns true if the pair agrees. */
  private static boolean compare(StatementEntry e, MonitoredTransaction t, List<Break> breaks) {
    if (!e.currency().equals(t.currency())) {
      breaks.add(Break.mismatch(BreakKind.CURRENCY_MISMATCH, e, t));
      return false;
    }
    if (e.signedAmountMinor() != t.signedAmountMinor()) {
      breaks.add(Break.mismatch(BreakKind.AMOUNT_MISMATCH, e, t));
      return false;
    }
    return true;
  }
}
