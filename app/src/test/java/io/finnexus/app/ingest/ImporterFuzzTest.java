package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.Mutations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three importers under hostile input (10,000 cases each): a data line that is a mutated real
 * row, hostile text or raw bytes becomes exactly one row or one {@link Reject} with a reason and a
 * detail, never an exception; a broken header is a {@link UserInputException} with a message; a
 * real row changed within the format's rules is still imported.
 */
class ImporterFuzzTest {

  private static final int CASES = 10_000;
  private static final String AMLWORLD_HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
          + "Amount Paid,Payment Currency,Payment Format,Is Laundering";
  private static final String AMLSIM_HEADER = "sourceNodeId,targetNodeId,value,time";
  private static final List<String> GENERATED_ROWS =
      List.of(
          "tx-1,2026-01-01T10:00:00Z,A1,C1,DEBIT,A2,C2,Acme Ltd,DE,12.5000,EUR,WIRE,,,,,DE,rent,0,1,"
              + "STRUCTURING",
          "tx-2,2025-06-30T23:59:59.123Z,ACC-9,CUS-9,CREDIT,M-1,,\"Cafe, Bar\",CH,7,CHF,CARD,"
              + "CARD-1,M-1,5812,DEV-1,CH,,1,0,");
  private static final List<String> AMLSIM_NODES = new ArrayList<>();
  private static final List<String> AMLSIM_ROWS = new ArrayList<>();
  private static List<String> amlworldRows;

  @TempDir static Path dir;

  @BeforeAll
  static void samples() throws Exception {
    amlworldRows =
        Files.readAllLines(
                Path.of(ImporterFuzzTest.class.getResource("/ingest/amlworld-sample.csv").toURI()))
            .subList(1, 13);
    AMLSIM_ROWS.addAll(List.of("0,1,10.5,0", "1,2,99.99,3", "2,0,0.01,120"));
    AMLSIM_NODES.addAll(List.of("0,0,10.5,-1", "1,1,20.0,3", "2,1,5,0"));
    var shared = SharedData.folder("aml/amlsim-20K_cycle200");
    if (shared.isPresent()) {
      try (var lines = Files.lines(shared.get().resolve("transactions.csv"))) {
        lines.skip(1).limit(40).forEach(AMLSIM_ROWS::add);
      }
      java.util.Set<String> used = new java.util.HashSet<>();
      AMLSIM_ROWS.forEach(row -> used.addAll(List.of(row.split(",")).subList(0, 2)));
      try (var lines = Files.lines(shared.get().resolve("nodes.csv"))) {
        lines // the nodes the sample rows name, so they resolve
            .filter(l -> used.contains(l.substring(0, l.indexOf(','))) && !l.startsWith("0,"))
            .filter(l -> !l.startsWith("1,") && !l.startsWith("2,"))
            .forEach(AMLSIM_NODES::add);
      }
    }
    Files.writeString(
        dir.resolve("nodes.csv"),
        "nodeid,isFraud,init_balance,fraudStep\n" + String.join("\n", AMLSIM_NODES) + "\n");
  }

  @Test
  void generatedCsvAnswersEveryLine() {
    fuzzLines(
        "import: generated CSV",
        String.join(",", GeneratedCsv.COLUMNS),
        GENERATED_ROWS,
        GeneratedCsvSource::new,
        "tx-3,2026-02-01T00:00:00Z,A%s,C1,DEBIT,B%s,,,,%s,USD,ACH,,,,,,,0,0,");
  }

  @Test
  void amlworldAnswersEveryLine() {
    fuzzLines(
        "import: AMLworld",
        AMLWORLD_HEADER,
        amlworldRows,
        AmlWorldSource::new,
        "2022/09/01 00:20,010,A%s,011,B%s,1.00,US Dollar,%s,Euro,Wire,1");
  }

  @Test
  void amlsimAnswersEveryLine() {
    fuzzLines(
        "import: AMLSim",
        AMLSIM_HEADER,
        AMLSIM_ROWS,
        file -> {
          try {
            Files.move(
                file,
                dir.resolve("transactions.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new AmlSimSource(dir);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        "0,1,%3$s,7");
  }

  /**
   * Each case writes a header and one data line: a mutated sample row (half the cases), a hostile
   * string, raw bytes, or a valid row built from {@code validTemplate}; one case in ten breaks the
   * header instead.
   */
  private void fuzzLines(
      String name,
      String header,
      List<String> rows,
      Function<Path, TransactionSource> open,
      String validTemplate) {
    Path file = dir.resolve("fuzz-" + name.hashCode() + ".csv");
    Fuzz.of(name, CASES)
        .run(
            c -> {
              boolean breakHeader = c.chance(0.1);
              String head = breakHeader ? Mutations.text(c.random(), header) : header;
              String kind = validTemplate != null && c.chance(0.1) ? "valid" : "hostile";
              byte[] line = kind.equals("valid") ? validLine(c, validTemplate) : line(c, rows);
              byte[] content = concat(head, line);
              c.input(content);
              Files.write(file, content);
              TransactionSource source;
              try {
                source = open.apply(file);
              } catch (UserInputException e) {
                assertThat(e.getMessage()).isNotBlank();
                c.label("header rejected");
                return;
              }
              Object outcome = onlyOutcome(source);
              if (kind.equals("valid") && !breakHeader) {
                assertThat(outcome)
                    .as("a valid row")
                    .isInstanceOf(io.finnexus.scoring.LabelledTransaction.class);
              }
              c.label(outcome instanceof Reject reject ? reject.reason().name() : "row");
            })
        .assertAtLeast(CASES)
        .assertReached("row", "header rejected", "MALFORMED_CSV", "WRONG_COLUMN_COUNT");
  }

  private static byte[] line(FuzzCase c, List<String> rows) {
    if (c.chance(0.2)) {
      return withoutLineBreaks(Hostile.bytes(c.random(), 200));
    }
    String line =
        switch (c.between(0, 4)) {
          case 0, 1, 2 -> Mutations.csvLine(c.random(), c.pick(rows));
          case 3 -> Mutations.text(c.random(), c.pick(rows));
          default -> Hostile.string(c.random());
        };
    return Mutations.noLineBreaks(line).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] validLine(FuzzCase c, String template) {
    String amount = c.between(1, 999_999) + "." + String.format("%02d", c.between(0, 99));
    String id = Hostile.safeText(c.random(), 30).replace(' ', '_');
    return String.format(template, id, id, amount).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withoutLineBreaks(byte[] raw) {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\n' || raw[i] == '\r') {
        raw[i] = ' ';
      }
    }
    return raw;
  }

  private static byte[] concat(String header, byte[] line) {
    byte[] head = (Mutations.noLineBreaks(header) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(head, head.length + line.length + 1);
    System.arraycopy(line, 0, all, head.length, line.length);
    all[all.length - 1] = '\n';
    return all;
  }

  /** Drains {@code source}: exactly one outcome, a row or a reject with line 2, reason, detail. */
  private static Object onlyOutcome(TransactionSource source) throws IOException {
    Collected read = Collected.from(source);
    List<Object> outcomes = new ArrayList<>(read.rows);
    // AMLSim reports bad nodes.csv lines first; the fixed nodes file has none
    outcomes.addAll(read.rejects);
    assertThat(outcomes).hasSize(1);
    if (outcomes.get(0) instanceof Reject reject) {
      assertThat(reject.line()).isEqualTo(2);
      assertThat(reject.reason()).isNotNull();
      assertThat(reject.detail()).isNotBlank();
    } else {
      var row = read.rows.get(0);
      assertThat(row.transaction().getAmount().signum()).isPositive();
      assertThat(row.transaction().getAmount().scale()).isEqualTo(4);
    }
    return outcomes.get(0);
  }
}
