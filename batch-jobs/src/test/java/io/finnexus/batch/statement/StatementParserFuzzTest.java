package io.finnexus.batch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.Mutations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement parser (camt.052/053/054 through Prowide, and the CSV ledger) under hostile input,
 * 10,000 cases each (2,000 for the valid-stays-valid property): mutated genkgo/camt reference
 * files, mutated ledgers, hostile text and bytes. It returns a statement or throws {@link
 * StatementFormatException} with a one-line reason, and that reason is never an internal failure in
 * disguise (a NullPointerException, ClassCastException, index or arithmetic error wrapped as
 * "unreadable statement"). Changing only free text (names, remittance) of a valid file keeps it
 * valid with the same entries.
 */
class StatementParserFuzzTest {

  private static final int CASES = 10_000;

  /** Valid-stays-valid needs fewer cases than crash hunting, and each camt parse costs ~5 ms. */
  private static final int VALID_CASES = 2_000;

  private static final String LEDGER_HEADER =
      "entry_id,account_id,booking_date,value_date,amount,currency,direction,reference,"
          + "counterparty,transaction_id";
  private static final List<String> LEDGER_ROWS =
      List.of(
          "L-1,DE89370400440532013000,2025-03-01,2025-03-03,1250.00,EUR,CREDIT,E2E-1,\"ACME, GmbH\",TX-1",
          "L-2,ACC-2,2025-03-01,,700,JPY,dbit,,,",
          "L-3,ACC-3,2024-02-29,2024-03-01,8.855,BHD,DBIT,REF,Shop WLL,");
  private static final Set<Class<? extends Throwable>> INTERNAL_FAILURES =
      Set.of(
          NullPointerException.class,
          ClassCastException.class,
          IndexOutOfBoundsException.class,
          StringIndexOutOfBoundsException.class,
          ArrayIndexOutOfBoundsException.class,
          ArithmeticException.class,
          NumberFormatException.class,
          UnsupportedOperationException.class);
  private static final Pattern FREE_TEXT = Pattern.compile("<(Ustrd|Nm|AddtlNtryInf)>([^<]*)<");

  private static final List<String> camtSamples = new ArrayList<>();
  private static final java.util.Map<String, Integer> ENTRY_COUNTS = new java.util.HashMap<>();
  private final StatementParser parser = new StatementParser();

  @TempDir Path dir;

  @BeforeAll
  static void samples() throws Exception {
    var data = SharedData.find("statements/camt-genkgo");
    assumeTrue(
        data.isPresent(), "shared/data/statements/camt-genkgo not found above the working dir");
    StatementParser parser = new StatementParser();
    try (Stream<Path> files = Files.list(data.get())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        String xml = Files.readString(file);
        try {
          int entries = parser.parse(xml, file.getFileName().toString()).entries().size();
          camtSamples.add(xml);
          ENTRY_COUNTS.put(xml, entries); // only files that parse: a mutation of a valid file
        } catch (StatementFormatException expected) {
          // the reference set holds deliberately wrong files too
        }
      }
    }
    assertThat(camtSamples).hasSizeGreaterThan(10);
  }

  @Test
  void mutatedCamtFilesAreParsedOrRejectedWithAReason() {
    Fuzz.of("statement: mutated camt", CASES)
        .parallel()
        .run(
            c -> {
              String xml = c.input(mutateCamt(c, c.pick(camtSamples)));
              c.label(outcome(() -> parser.parse(xml, "fuzz.xml")));
            })
        .assertAtLeast(CASES)
        .assertReached("parsed", "rejected");
  }

  @Test
  void mutatedLedgersAreParsedOrRejectedWithAReason() {
    Fuzz.of("statement: mutated CSV ledger", CASES)
        .parallel()
        .run(
            c -> {
              List<String> lines = new ArrayList<>();
              lines.add(c.chance(0.1) ? Mutations.text(c.random(), LEDGER_HEADER) : LEDGER_HEADER);
              for (int n = c.between(1, 3); n > 0; n--) {
                String row = c.pick(LEDGER_ROWS);
                lines.add(c.chance(0.7) ? Mutations.csvLine(c.random(), row) : row);
              }
              String csv = c.input(String.join(c.chance(0.2) ? "\r\n" : "\n", lines));
              c.label(outcome(() -> parser.parse(csv, "fuzz.csv")));
            })
        .assertAtLeast(CASES)
        .assertReached("parsed", "rejected");
  }

  @Test
  void hostileFilesAreRejectedWithAReason() {
    Path file = dir.resolve("hostile.xml");
    Fuzz.of("statement: hostile files", CASES)
        .run(
            c -> {
              byte[] content =
                  c.chance(0.5)
                      ? Hostile.bytes(c.random(), 400)
                      : (c.chance(0.5) ? "<" : "")
                          .concat(Hostile.string(c.random()))
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
              Files.write(file, c.input(content));
              c.label(outcome(() -> parser.parse(file)));
            })
        .assertAtLeast(CASES)
        .assertReached("rejected");
  }

  @Test
  void changingOnlyFreeTextKeepsEveryEntry() {
    Fuzz.of("statement: free text changes", VALID_CASES)
        .parallel()
        .run(
            c -> {
              String xml = c.pick(camtSamples);
              int entries = ENTRY_COUNTS.get(xml);
              Matcher m = FREE_TEXT.matcher(xml);
              StringBuilder changed = new StringBuilder();
              while (m.find()) {
                String text = c.chance(0.5) ? Hostile.safeText(c.random(), 70) : m.group(2);
                m.appendReplacement(
                    changed, Matcher.quoteReplacement("<" + m.group(1) + ">" + text + "<"));
              }
              m.appendTail(changed);
              String valid = c.input(changed.toString());
              assertThat(parser.parse(valid, "changed.xml").entries()).hasSize(entries);
              c.label("parsed");
            })
        .assertAtLeast(VALID_CASES);
  }

  private static String mutateCamt(FuzzCase c, String xml) {
    return switch (c.between(0, 3)) {
      case 0, 1 -> Mutations.xmlText(c.random(), xml);
      case 2 -> Mutations.text(c.random(), xml);
      default -> Mutations.xmlText(c.random(), Mutations.xmlText(c.random(), xml));
    };
  }

  @FunctionalInterface
  private interface Parse {
    ParsedStatement run() throws StatementFormatException;
  }

  /** "parsed", or "rejected" after checking that the rejection is a reason, not a crash. */
  private static String outcome(Parse parse) {
    try {
      ParsedStatement statement = parse.run();
      assertThat(statement.entries()).allSatisfy(e -> assertThat(e.amountMinor()).isNotNegative());
      return "parsed";
    } catch (StatementFormatException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        assertThat(INTERNAL_FAILURES)
            .as("an internal failure disguised as a rejection: %s", e.getMessage())
            .doesNotContain(cause.getClass());
      }
      return "rejected";
    }
  }
}
