package io.finnexus.batch.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a reconciliation run, for the report and the job's exit status.
 *
 * @param ledgerEntries ledger entries read (duplicates included)
 * @param monitoredTransactions monitored transactions read (duplicates included)
 * @param matchedByReference pairs matched by transaction id / reference that agree
 * @param matchedByFallback pairs matched by account, amount, currency and date
 * @param breaksByKind number of breaks of each kind (every kind present, zero if none)
 * @param breakAmountMinorByKind sum of the break amounts per kind in minor units (the ledger
 *     amount, else the monitored one, unsigned; currencies are added as they are: a size figure,
 *     not a balance)
 */
public record ReconciliationSummary(
    long ledgerEntries,
    long monitoredTransactions,
    long matchedByReference,
    long matchedByFallback,
    Map<BreakKind, Long> breaksByKind,
    Map<BreakKind, Long> breakAmountMinorByKind) {

  public ReconciliationSummary {
    breaksByKind = Collections.unmodifiableMap(new EnumMap<>(breaksByKind));
    breakAmountMinorByKind = Collections.unmodifiableMap(new EnumMap<>(breakAmountMinorByKind));
  }

  static ReconciliationSummary of(
      long ledger, long monitored, long byReference, long byFallback, List<Break> breaks) {
    Map<BreakKind, Long> counts = new EnumMap<>(BreakKind.class);
    Map<BreakKind, Long> amounts = new EnumMap<>(BreakKind.class);
    for (BreakKind kind : BreakKind.values()) {
      counts.put(kind, 0L);
      amounts.put(kind, 0L);
    }
    for (Break b : breaks) {
      counts.merge(b.kind(), 1L, Long::sum);
      amounts.merge(b.kind(), b.amountMinor(), Math::addExact);
    }
    return new ReconciliationSummary(ledger, monitored, byReference, byFallback, counts, amounts);
  }

  /** Clean matches per ledger entry, 0..1 (1 for an empty ledger). */
  public double matchRate() {
    return ledgerEntries == 0
        ? 1.0
        : (matchedByReference + matchedByFallback) / (double) ledgerEntries;
  }

  /** Total number of breaks. */
  public long breaks() {
    return breaksByKind.values().stream().mapToLong(Long::longValue).sum();
  }
}
