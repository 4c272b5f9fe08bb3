package io.finnexus.batch.statement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One booked (or pending) movement on an account, normalised from any statement format.
 *
 * <p>Contract: {@code amountMinor} is the exact, non-negative amount in the currency's minor units
 * (ISO 4217 digits: 8.85 EUR is 885, 200000 SEK is 20000000, 2700 JPY is 2700); the sign lives in
 * {@code direction}. Nothing here is a floating-point number. Fields the source does not carry are
 * {@code null}.
 *
 * @param entryId stable id within the file: {@code <statement id>/<index>} for camt, the {@code
 *     entry_id} column for CSV
 * @param statementId id of the statement/report/notification the entry belongs to
 * @param accountId the account the statement is for: IBAN, else the other/proprietary id
 * @param bookingDate booking date ({@code BookgDt}); a date-time is taken at its own offset
 * @param valueDate value date ({@code ValDt})
 * @param amountMinor unsigned amount in minor units
 * @param currency ISO 4217 code
 * @param direction credit or debit
 * @param status {@code BOOK}, {@code PDNG}, {@code INFO} … or {@code null} (CSV: booked)
 * @param references ids to match on
 * @param counterpartyName the other party: the debtor of a credit, the creditor of a debit
 * @param counterpartyAccount that party's account (IBAN or other id)
 * @param remittanceInfo unstructured remittance lines joined by a space, else the structured
 *     creditor reference
 */
public record StatementEntry(
    String entryId,
    String statementId,
    String accountId,
    LocalDate bookingDate,
    LocalDate valueDate,
    long amountMinor,
    String currency,
    EntryDirection direction,
    String status,
    EntryReferences references,
    String counterpartyName,
    String counterpartyAccount,
    String remittanceInfo) {

  public StatementEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(direction, "direction");
    references = references == null ? EntryReferences.NONE : references;
    if (amountMinor < 0) {
      throw new IllegalArgumentException("amountMinor must be >= 0, was " + amountMinor);
    }
  }

  /** Amount with its sign: positive for a credit, negative for a debit. */
  public long signedAmountMinor() {
    return direction.sign(amountMinor);
  }

  /** Value date, else booking date: the day the money moved, for date-tolerant matching. */
  public LocalDate effectiveDate() {
    return valueDate != null ? valueDate : bookingDate;
  }
}
