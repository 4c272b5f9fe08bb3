package io.finnexus.batch.statement.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.batch.statement.EntryDirection;
import io.finnexus.batch.statement.EntryReferences;
import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.StatementEntry;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvLedgerReaderTest {

  private static final String HEADER =
      "entry_id,account_id,booking_date,value_date,amount,currency,direction,reference,counterparty,transaction_id\n";

  private final StatementParser parser = new StatementParser();

  @Test
  void reads_every_column_with_exact_minor_units() throws Exception {
    ParsedStatement parsed =
        parser.parse(
            HEADER
                + "L-1,DE89370400440532013000,2025-03-01,2025-03-03,1250.00,EUR,CREDIT,E2E-1,\"ACME, GmbH\",TX-1\n"
                + "L-2,ACC-2,2025-03-01,,700,JPY,dbit,,,\n",
            "ledger.csv");

    assertThat(parsed.format()).isEqualTo("csv-ledger");
    assertThat(parsed.entries())
        .containsExactly(
            new StatementEntry(
                "L-1",
                "ledger.csv",
                "DE89370400440532013000",
                LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-03"),
                125_000,
                "EUR",
                EntryDirection.CREDIT,
                "BOOK",
                new EntryReferences("E2E-1", null, "TX-1", null),
                "ACME, GmbH",
                null,
                null),
            new StatementEntry(
                "L-2",
                "ledger.csv",
                "ACC-2",
                LocalDate.parse("2025-03-01"),
                null,
                700,
                "JPY",
                EntryDirection.DEBIT,
                "BOOK",
                EntryReferences.NONE,
                null,
                null,
                null));
    assertThat(parsed.totals().summaryLine())
        .isEqualTo("STATEMENT entries=2 credits_minor=125000 debits_minor=700");
  }

  @Test
  void a_bad_row_names_its_line_and_reason() {
    String csv =
        HEADER
            + "L-1,A,2025-03-01,,1.00,EUR,CREDIT,,,\n"
            + "L-2,A,2025-02-30,,1.00,EUR,CREDIT,,,\n";

    assertThatThrownBy(() -> parser.parse(csv, "l.csv"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageStartingWith("l.csv line 3: ")
        .hasMessageContaining("2025-02-30");
  }

  @Test
  void rejects_rounding_negative_amounts_and_missing_columns() {
    assertThatThrownBy(
            () -> parser.parse(HEADER + "L-1,A,2025-03-01,,1.001,EUR,CREDIT,,,\n", "l.csv"))
        .hasMessage("l.csv line 2: amount 1.001 EUR has more than 2 decimals or is too large");
    assertThatThrownBy(() -> parser.parse(HEADER + "L-1,A,2025-03-01,,-1,EUR,CREDIT,,,\n", "l.csv"))
        .hasMessage("l.csv line 2: amount -1 is negative");
    assertThatThrownBy(() -> parser.parse("entry_id,amount\nL-1,1\n", "l.csv"))
        .hasMessage(
            "l.csv: neither camt XML nor a CSV ledger (header lacks column(s)"
                + " account_id,booking_date,currency,direction)");
  }
}
