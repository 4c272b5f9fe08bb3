package io.finnexus.batch.jobs.reconciliation;

import io.finnexus.batch.reconciliation.Break;
import io.finnexus.batch.reconciliation.BreakSide;

/**
 * A break with its stable key: {@code KIND:SIDE:id}, where id is the ledger entry id for ledger and
 * matched-pair breaks and the transaction id for monitoring-side ones; the n-th repeat of a key
 * within one run gets {@code #n}. The same inputs always give the same keys, which is what makes
 * the writes idempotent across restarts.
 */
public record KeyedBreak(String key, Break value) {

  /** The key before repeat numbering. */
  static String baseKey(Break b) {
    String id =
        b.side() == BreakSide.MONITORING
            ? b.monitoredTransactionId()
            : b.ledgerEntryId() != null ? b.ledgerEntryId() : b.reference();
    return b.kind() + ":" + b.side() + ":" + id;
  }
}
