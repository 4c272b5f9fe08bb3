package io.finnexus.batch.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.SharedData;
import io.finnexus.batch.statement.StatementEntry;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every camt.052/053/054 file of genkgo/camt's test data (shared/data/statements/camt-genkgo)
 * decodes to what its golden {@code .json} says.
 */
class CamtGoldenFilesTest {

  private static final Optional<Path> DATA = SharedData.find("statements/camt-genkgo");
  private static final String WRONG = "camt053.v2.wrong.xml";

  private final StatementParser parser = new StatementParser();
  private final JsonMapper json = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> every_statement_file_matches_its_golden_json() throws IOException {
    assumeTrue(
        DATA.isPresent(), "shared/data/statements/camt-genkgo not found above the working dir");
    List<Path> files;
    try (Stream<Path> listing = Files.list(DATA.get())) {
      files =
          listing
              .filter(p -> p.toString().endsWith(".xml") && !p.endsWith(WRONG))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    return files.stream()
        .map(
            xml -> DynamicTest.dynamicTest(xml.getFileName().toString(), () -> matchesGolden(xml)));
  }

  private void matchesGolden(Path xml) throws Exception {
    Path golden = Path.of(xml.toString().replaceFirst("\\.xml$", ".json"));
    JsonNode root = json.readTree(golden.toFile());
    ParsedStatement parsed = parser.parse(xml);
    List<GoldenEntry> expected = GoldenEntry.findAll(root);

    assertThat(parsed.statements()).hasSize(root.path("getRecords").size());
    // genkgo keys entries by their index within a statement, so its dump keeps one per index.
    assertThat(
            parsed.entries().stream()
                .map(StatementEntry::entryId)
                .map(id -> id.substring(id.lastIndexOf('/')))
                .distinct())
        .hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (GoldenEntry want : expected) {
      StatementEntry got = find(parsed, want);
      String at = xml.getFileName() + " entry " + got.entryId() + " ";
      soft.assertThat(got.signedAmountMinor())
          .as(at + "amount")
          .isEqualTo(want.signedAmountMinor());
      soft.assertThat(got.currency()).as(at + "currency").isEqualTo(want.currency());
      soft.assertThat(got.direction().isoCode()).as(at + "direction").isEqualTo(want.creditDebit());
      soft.assertThat(got.status()).as(at + "status").isEqualTo(want.status());
      soft.assertThat(str(got.bookingDate())).as(at + "booking date").isEqualTo(want.bookingDate());
      soft.assertThat(str(got.valueDate())).as(at + "value date").isEqualTo(want.valueDate());
      soft.assertThat(got.references().accountServicerRef())
          .as(at + "servicer ref")
          .isEqualTo(want.accountServicerRef());
      soft.assertThat(got.references().endToEndId())
          .as(at + "end-to-end id")
          .isEqualTo(want.endToEndId());
      soft.assertThat(got.references().uetr()).as(at + "UETR").isEqualTo(want.uetr());
      soft.assertThat(got.references().transactionId())
          .as(at + "tx id")
          .isEqualTo(want.transactionId());
      if (want.accountId() != null) {
        soft.assertThat(got.accountId()).as(at + "account").isEqualTo(want.accountId());
      }
      String counterparty = want.partyName(got.signedAmountMinor() >= 0 ? "Debtor" : "Creditor");
      if (counterparty != null) {
        soft.assertThat(got.counterpartyName()).as(at + "counterparty").isEqualTo(counterparty);
      }
    }
    soft.assertAll();
  }

  private static StatementEntry find(ParsedStatement parsed, GoldenEntry want) {
    String id = want.recordId() + "/" + want.index();
    return parsed.entries().stream()
        .filter(e -> e.entryId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parsed entry " + id + " in " + parsed.entries()));
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }

  @Test
  void multi_statement_file_keeps_both_statements_entries() throws Exception {
    assumeTrue(DATA.isPresent(), "shared data not found");
    ParsedStatement parsed = parser.parse(DATA.get().resolve("camt053.v2.multi.statement.xml"));

    assertThat(parsed.entries())
        .extracting(StatementEntry::entryId, StatementEntry::signedAmountMinor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("253EURNL26VAYB8060476890/0", 885L),
            org.assertj.core.groups.Tuple.tuple("254EURNL26VAYB8060476890/0", -700L));
    assertThat(parsed.totals().summaryLine())
        .isEqualTo("STATEMENT entries=2 credits_minor=885 debits_minor=700");
  }

  @Test
  void five_decimal_amounts_convert_exactly_to_cents() throws Exception {
    assumeTrue(DATA.isPresent(), "shared data not found");
    ParsedStatement parsed = parser.parse(DATA.get().resolve("camt053.v2.five.decimals.xml"));

    assertThat(parsed.entries())
        .singleElement()
        .extracting(StatementEntry::amountMinor)
        .isEqualTo(885L);
  }

  @Test
  void statement_without_entries_parses_to_zero_entries() throws Exception {
    assumeTrue(DATA.isPresent(), "shared data not found");
    ParsedStatement parsed = parser.parse(DATA.get().resolve("camt53.only-Dt-with-DtTm.xml"));

    assertThat(parsed.entries()).isEmpty();
    assertThat(parsed.statements())
        .singleElement()
        .extracting(s -> s.accountId())
        .isEqualTo("GB33BUKB20201555555555");
  }

  @Test
  void the_deliberately_wrong_file_is_rejected_with_a_one_line_reason() {
    assumeTrue(DATA.isPresent(), "shared data not found");

    assertThatThrownBy(() -> parser.parse(DATA.get().resolve(WRONG)))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage("camt053.v2.wrong.xml: camt.053.001.02 has no Stmt element (mandatory)");
  }
}
