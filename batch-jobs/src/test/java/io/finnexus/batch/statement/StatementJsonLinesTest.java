package io.finnexus.batch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatementJsonLinesTest {

  @Test
  void writes_one_parseable_object_per_entry_and_the_summary_last() {
    StatementEntry quoted =
        new StatementEntry(
            "S/0",
            "S",
            "ACC",
            LocalDate.parse("2025-03-01"),
            null,
            1_000,
            "USD",
            EntryDirection.DEBIT,
            "BOOK",
            new EntryReferences("E\"2E", null, null, null),
            "Name, with \"quotes\"\nand newline",
            null,
            null);
    ParsedStatement statement = new ParsedStatement("csv-ledger", null, List.of(), List.of(quoted));
    StringWriter out = new StringWriter();

    new StatementJsonLines().write(statement, new PrintWriter(out));

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode json = JsonMapper.builder().build().readTree(lines.get(0));
    assertThat(json.get("amount_minor").asLong()).isEqualTo(1_000);
    assertThat(json.get("direction").asString()).isEqualTo("DEBIT");
    assertThat(json.get("counterparty_name").asString())
        .isEqualTo("Name, with \"quotes\"\nand newline");
    assertThat(json.has("value_date")).isFalse();
    assertThat(lines.get(1)).isEqualTo("STATEMENT entries=1 credits_minor=0 debits_minor=1000");
  }
}
