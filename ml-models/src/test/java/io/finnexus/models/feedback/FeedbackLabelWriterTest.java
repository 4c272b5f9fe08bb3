package io.finnexus.models.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackLabelWriterTest {
  private static final FeedbackLabel LABEL =
      new FeedbackLabel(
          "T1",
          "A1",
          Instant.parse("2026-01-02T03:04:05Z"),
          Disposition.TRUE_POSITIVE,
          "CARD_TESTING",
          "fraud-gbt-x",
          "x",
          Instant.parse("2026-01-03T00:00:00Z"));

  @Test
  void csv_has_the_documented_header_and_one_line_per_label() throws Exception {
    StringWriter out = new StringWriter();
    FeedbackLabelWriter.writeCsv(List.of(LABEL), out);
    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            String.join(",", FeedbackLabelWriter.COLUMNS),
            "T1,A1,2026-01-02T03:04:05Z,TRUE_POSITIVE,1,CARD_TESTING,fraud-gbt-x,x,"
                + "2026-01-03T00:00:00Z");
  }

  @Test
  void json_lines_carry_a_numeric_label() throws Exception {
    StringWriter out = new StringWriter();
    FeedbackLabelWriter.writeJsonLines(List.of(LABEL), out);
    assertThat(out.toString())
        .contains("\"label\":1")
        .contains("\"transaction_id\":\"T1\"")
        .endsWith("\n");
  }
}
