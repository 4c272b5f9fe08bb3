package io.finnexus.batch.statement;

import java.util.List;

/**
 * A whole statement file, read and normalised.
 *
 * @param format the detected format: a camt message id such as {@code camt.053.001.02}, or {@code
 *     csv-ledger}
 * @param messageId group header {@code MsgId} ({@code null} for CSV)
 * @param statements the statements/reports/notifications in file order
 * @param entries all entries of all statements, in file order
 */
public record ParsedStatement(
    String format, String messageId, List<StatementInfo> statements, List<StatementEntry> entries) {

  public ParsedStatement {
    statements = List.copyOf(statements);
    entries = List.copyOf(entries);
  }

  /** Entry count and credit/debit sums of this file. */
  public StatementTotals totals() {
    return StatementTotals.of(entries);
  }
}
