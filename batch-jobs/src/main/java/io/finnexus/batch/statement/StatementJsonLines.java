package io.finnexus.batch.statement;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes entries as JSON Lines: one JSON object per entry per line, in file order, then the {@link
 * StatementTotals#summaryLine()} as the last line.
 *
 * <p>Why JSON Lines: a statement can hold millions of entries; one object per line streams, greps
 * and pipes into {@code jq -c} without holding an array. Fields (absent when the source has none):
 * {@code entry_id, statement_id, account_id, booking_date, value_date, amount_minor, currency,
 * direction, status, end_to_end_id, account_servicer_ref, transaction_id, uetr, counterparty_name,
 * counterparty_account, remittance_info}. {@code amount_minor} is unsigned; {@code direction} is
 * {@code CREDIT} or {@code DEBIT}.
 */
public final class StatementJsonLines {

  private final JsonMapper mapper = JsonMapper.builder().build();

  /** Writes every entry, then the summary line; flushes {@code out}. */
  public StatementTotals write(ParsedStatement statement, PrintWriter out) {
    for (StatementEntry entry : statement.entries()) {
      out.println(toJson(entry));
    }
    StatementTotals totals = statement.totals();
    out.println(totals.summaryLine());
    out.flush();
    return totals;
  }

  /** One entry as a single-line JSON object. */
  public String toJson(StatementEntry entry) {
    Map<String, Object> fields = new LinkedHashMap<>();
    put(fields, "entry_id", entry.entryId());
    put(fields, "statement_id", entry.statementId());
    put(fields, "account_id", entry.accountId());
    put(fields, "booking_date", entry.bookingDate());
    put(fields, "value_date", entry.valueDate());
    fields.put("amount_minor", entry.amountMinor());
    put(fields, "currency", entry.currency());
    put(fields, "direction", entry.direction().name());
    put(fields, "status", entry.status());
    put(fields, "end_to_end_id", entry.references().endToEndId());
    put(fields, "account_servicer_ref", entry.references().accountServicerRef());
    put(fields, "transaction_id", entry.references().transactionId());
    put(fields, "uetr", entry.references().uetr());
    put(fields, "counterparty_name", entry.counterpartyName());
    put(fields, "counterparty_account", entry.counterpartyAccount());
    put(fields, "remittance_info", entry.remittanceInfo());
    return mapper.writeValueAsString(fields);
  }

  private static void put(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value.toString());
    }
  }
}
