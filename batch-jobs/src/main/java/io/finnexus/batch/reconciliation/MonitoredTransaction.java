package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.EntryDirection;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction as the monitoring engine saw it (from the scored-transaction archive).
 *
 * @param transactionId the engine's transaction id (unique per transaction; a repeat is a
 *     duplicate)
 * @param accountId the monitored account (IBAN or core-banking id, same scheme as the ledger)
 * @param amountMinor unsigned amount in minor units
 * @param currency ISO 4217 code
 * @param direction credit or debit, as seen from {@code accountId}
 * @param eventTime when it happened
 * @param reference the payment's end-to-end reference, or {@code null}
 */
public record MonitoredTransaction(
    String transactionId,
    String accountId,
    long amountMinor,
    String currency,
    EntryDirection direction,
    Instant eventTime,
    String reference) {

  public MonitoredTransaction {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(eventTime, "eventTime");
  }

  /** Positive for a credit, negative for a debit. */
  public long signedAmountMinor() {
    return direction.sign(amountMinor);
  }
}
