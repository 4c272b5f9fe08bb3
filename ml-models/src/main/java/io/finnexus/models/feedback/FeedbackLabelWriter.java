package io.finnexus.models.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@link FeedbackLabel}s as CSV (RFC 4180, header line) or JSON lines, UTF-8 by caller. */
public final class FeedbackLabelWriter {
  public static final List<String> COLUMNS =
      List.of(
          "transaction_id",
          "alert_id",
          "event_time",
          "disposition",
          "label",
          "typology",
          "model_id",
          "model_version",
          "decided_at");

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedbackLabelWriter() {}

  public static void writeCsv(Iterable<FeedbackLabel> labels, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (FeedbackLabel l : labels) {
        printer.printRecord(values(l));
      }
    }
  }

  public static void writeJsonLines(Iterable<FeedbackLabel> labels, Writer out) throws IOException {
    for (FeedbackLabel l : labels) {
      ObjectNode node = JSON.createObjectNode();
      List<String> values = values(l);
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (COLUMNS.get(i).equals("label")) {
          node.put("label", l.disposition().label());
        } else {
          node.put(COLUMNS.get(i), values.get(i));
        }
      }
      out.write(JSON.writeValueAsString(node));
      out.write('\n');
    }
    out.flush();
  }

  private static List<String> values(FeedbackLabel l) {
    return List.of(
        l.transactionId(),
        l.alertId(),
        l.eventTime().toString(),
        l.disposition().name(),
        String.valueOf(l.disposition().label()),
        nullToEmpty(l.typology()),
        nullToEmpty(l.modelId()),
        nullToEmpty(l.modelVersion()),
        l.decidedAt().toString());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
