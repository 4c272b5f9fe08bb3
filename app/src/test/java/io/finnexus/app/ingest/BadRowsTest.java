package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.finnexus.app.FinNexusCommand;
import io.finnexus.app.generate.TrafficGenerator;
import io.finnexus.scoring.LabelledTransaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with injected bad rows: each is reported with its line and reason, the rest imported. */
class BadRowsTest {
  @TempDir Path dir;

  private Path fileWithBadRows() throws Exception {
    List<LabelledTransaction> rows =
        new TrafficGenerator(50, 2, 9, LocalDate.of(2026, 1, 1)).generate(null).rows();
    Path good = dir.resolve("good.csv");
    try (GeneratedCsvWriter writer = GeneratedCsvWriter.open(good)) {
      for (LabelledTransaction row : rows.subList(0, 20)) {
        writer.write(row);
      }
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(good));
    lines.set(3, lines.get(3).replaceFirst(",(DEBIT|CREDIT),", ",SIDEWAYS,")); // line 4
    lines.set(6, lines.get(6).replaceFirst(",(USD|EUR|GBP),", ",XYZ,")); // line 7
    lines.set(9, "\"unterminated,quote"); // line 10
    lines.set(12, lines.get(12).replaceFirst(",(true|false),(true|false),", ",maybe,false,")); // 13
    lines.set(15, "only,three,columns"); // line 16
    lines.set(18, ""); // line 19
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines);
    // line 22: an account id with a byte that is not UTF-8
    String row = Files.readAllLines(good).get(20).replaceFirst(",A", ",\u0001A");
    byte[] broken = row.getBytes(StandardCharsets.UTF_8);
    broken[row.indexOf('\u0001')] = (byte) 0xFF;
    Files.write(bad, broken, java.nio.file.StandardOpenOption.APPEND);
    Files.write(bad, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
    return bad;
  }

  @Test
  void each_bad_row_is_rejected_with_its_line_and_the_good_rows_still_import() throws Exception {
    Collected read = Collected.from(new GeneratedCsvSource(fileWithBadRows()));

    assertThat(read.rows).hasSize(14);
    assertThat(read.rejects)
        .extracting(Reject::file, Reject::line, Reject::reason)
        .containsExactly(
            tuple("bad.csv", 4L, RejectReason.BAD_ENUM),
            tuple("bad.csv", 7L, RejectReason.INVALID_TRANSACTION),
            tuple("bad.csv", 10L, RejectReason.MALFORMED_CSV),
            tuple("bad.csv", 13L, RejectReason.BAD_LABEL),
            tuple("bad.csv", 16L, RejectReason.WRONG_COLUMN_COUNT),
            tuple("bad.csv", 19L, RejectReason.EMPTY_LINE),
            tuple("bad.csv", 22L, RejectReason.BAD_ID));
  }

  @Test
  void import_reports_rejects_on_stderr_and_in_the_rejects_file_and_exits_0() throws Exception {
    Path out = dir.resolve("out.csv");
    Path rejects = dir.resolve("rejects.csv");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit =
          FinNexusCommand.commandLine()
              .execute(
                  "import",
                  "--format",
                  "generated",
                  "--input",
                  fileWithBadRows().toString(),
                  "--out",
                  out.toString(),
                  "--rejects",
                  rejects.toString());
    } finally {
      System.setErr(original);
    }

    assertThat(exit).isZero();
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stderr)
        .contains("bad.csv:4: BAD_ENUM", "bad.csv:19: EMPTY_LINE")
        .contains("imported 14 rows")
        .contains("7 rejected");
    assertThat(Files.readAllLines(rejects))
        .hasSize(8)
        .element(2)
        .asString()
        .startsWith("bad.csv,7,INVALID_TRANSACTION,UNKNOWN_CURRENCY");
    assertThat(Files.readAllLines(out)).hasSize(15);
  }
}
