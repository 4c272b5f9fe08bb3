package io.finnexus.app.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatementCommandTest {

  private static final String CAMT053 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt>
          <GrpHdr><MsgId>M-1</MsgId><CreDtTm>2025-03-01T18:00:00+01:00</CreDtTm></GrpHdr>
          <Stmt>
            <Id>S-1</Id><CreDtTm>2025-03-01T18:00:00+01:00</CreDtTm>
            <Acct><Id><IBAN>NL26VAYB8060476890</IBAN></Id></Acct>
            <Ntry>
              <Amt Ccy="EUR">8.85</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2025-03-01</Dt></BookgDt><ValDt><Dt>2025-03-02</Dt></ValDt>
              <BkTxCd/>
            </Ntry>
            <Ntry>
              <Amt Ccy="JPY">2700</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2025-03-01</Dt></BookgDt>
              <BkTxCd/>
            </Ntry>
          </Stmt>
        </BkToCstmrStmt>
      </Document>
      """;

  @TempDir Path dir;

  @Test
  void prints_one_json_line_per_entry_then_the_summary_line() throws IOException {
    Run run = run(write("day.xml", CAMT053));

    assertThat(run.exit).isZero();
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(0))
        .startsWith("{\"entry_id\":\"S-1/0\"")
        .contains("\"amount_minor\":885", "\"currency\":\"EUR\"", "\"direction\":\"CREDIT\"");
    assertThat(run.outLines().get(1)).contains("\"amount_minor\":2700", "\"direction\":\"DEBIT\"");
    assertThat(run.outLines().get(2))
        .isEqualTo("STATEMENT entries=2 credits_minor=885 debits_minor=2700");
    assertThat(run.err).isEmpty();
  }

  @Test
  void reads_the_csv_ledger() throws IOException {
    Path csv =
        write(
            "ledger.csv",
            """
            entry_id,account_id,booking_date,value_date,amount,currency,direction,reference,counterparty,transaction_id
            L-1,DE89370400440532013000,2025-03-01,2025-03-01,1250.00,EUR,CREDIT,E2E-1,ACME GmbH,TX-1
            L-2,DE89370400440532013000,2025-03-01,,0.5,EUR,DEBIT,,,TX-2
            """);

    Run run = run(csv);

    assertThat(run.exit).isZero();
    assertThat(run.outLines().get(2))
        .isEqualTo("STATEMENT entries=2 credits_minor=125000 debits_minor=50");
  }

  @Test
  void a_bad_file_exits_1_with_one_line_on_stderr() throws IOException {
    Path bad = write("bad.xml", CAMT053.replace("8.85", "8.855"));

    Run run = run(bad);

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.strip().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "finnexus statement: bad.xml: entry 1 of statement S-1 amount 8.855 EUR has more than 2 decimals or is too large");
  }

  @Test
  void a_missing_file_exits_1_without_a_stack_trace() {
    Run run = run(dir.resolve("nope.xml"));

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err.strip().lines())
        .singleElement()
        .asString()
        .endsWith("nope.xml: no such file");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content.strip() + "\n");
  }

  private static Run run(Path input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new StatementCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("--input", input.toString());
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }
}
