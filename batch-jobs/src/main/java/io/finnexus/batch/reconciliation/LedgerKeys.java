package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.StatementEntry;

/** How a ledger entry is identified for matching and duplicate detection. */
final class LedgerKeys {

  /** Placeholder SEPA uses when the payer gave no end-to-end id; it identifies nothing. */
  private static final String NOT_PROVIDED = "NOTPROVIDED";

  private LedgerKeys() {}

  /** Transaction id, else a real end-to-end id, else {@code null}. */
  static String reference(StatementEntry e) {
    String transactionId = e.references().transactionId();
    return transactionId != null ? transactionId : endToEndId(e);
  }

  /** The end-to-end id unless absent or {@code NOTPROVIDED}. */
  static String endToEndId(StatementEntry e) {
    String id = e.references().endToEndId();
    return id == null || NOT_PROVIDED.equalsIgnoreCase(id) ? null : id;
  }

  /** The duplicate-detection key: the reference, else the entry id itself. */
  static String duplicateKey(StatementEntry e) {
    String reference = reference(e);
    return reference != null ? "R" + reference : "E" + e.entryId();
  }
}
