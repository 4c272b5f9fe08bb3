package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.StatementEntry;

/**
 * One disagreement between the ledger and monitoring: what an operator investigates and what an
 * alert is raised for.
 *
 * @param kind what is wrong
 * @param side where it was found
 * @param reference the transaction id or reference the break is about
 * @param ledgerEntryId the ledger entry, {@code null} if missing in the ledger
 * @param monitoredTransactionId the monitored transaction, {@code null} if missing in monitoring
 * @param accountId the account
 * @param ledgerAmountMinor signed ledger amount (credit positive), {@code null} if none
 * @param monitoredAmountMinor signed monitored amount, {@code null} if none
 * @param currency the ledger currency, else the monitored one
 * @param detail one line for the report
 */
public record Break(
    BreakKind kind,
    BreakSide side,
    String reference,
    String ledgerEntryId,
    String monitoredTransactionId,
    String accountId,
    Long ledgerAmountMinor,
    Long monitoredAmountMinor,
    String currency,
    String detail) {

  static Break missingInMonitoring(StatementEntry e) {
    return ledgerOnly(BreakKind.MISSING_IN_MONITORING, e, "no monitored transaction matches");
  }

  static Break duplicateInLedger(StatementEntry e) {
    return ledgerOnly(BreakKind.DUPLICATE, e, "reference already seen in the ledger");
  }

  static Break missingInLedger(MonitoredTransaction t) {
    return monitoredOnly(BreakKind.MISSING_IN_LEDGER, t, "no ledger entry matches");
  }

  static Break duplicateInMonitoring(MonitoredTransaction t) {
    return monitoredOnly(BreakKind.DUPLICATE, t, "transaction id already seen in monitoring");
  }

  static Break mismatch(BreakKind kind, StatementEntry e, MonitoredTransaction t) {
    String detail =
        kind == BreakKind.CURRENCY_MISMATCH
            ? "currency ledger " + e.currency() + " vs monitored " + t.currency()
            : "amount ledger " + e.signedAmountMinor() + " vs monitored " + t.signedAmountMinor();
    return new Break(
        kind,
        BreakSide.BOTH,
        LedgerKeys.reference(e),
        e.entryId(),
        t.transactionId(),
        e.accountId(),
        e.signedAmountMinor(),
        t.signedAmountMinor(),
        e.currency(),
        detail);
  }

  private static Break ledgerOnly(BreakKind kind, StatementEntry e, String detail) {
    return new Break(
        kind,
        BreakSide.LEDGER,
        LedgerKeys.reference(e),
        e.entryId(),
        null,
        e.accountId(),
        e.signedAmountMinor(),
        null,
        e.currency(),
        detail);
  }

  private static Break monitoredOnly(BreakKind kind, MonitoredTransaction t, String detail) {
    return new Break(
        kind,
        BreakSide.MONITORING,
        t.transactionId(),
        null,
        t.transactionId(),
        t.accountId(),
        null,
        t.signedAmountMinor(),
        t.currency(),
        detail);
  }

  /** The magnitude this break is about, in minor units (ledger side first). */
  public long amountMinor() {
    Long amount = ledgerAmountMinor != null ? ledgerAmountMinor : monitoredAmountMinor;
    return amount == null ? 0 : Math.abs(amount);
  }
}
