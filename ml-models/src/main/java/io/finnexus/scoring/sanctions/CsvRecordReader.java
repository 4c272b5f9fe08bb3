package io.finnexus.scoring.sanctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OFAC's legacy CSV files record by record so that one malformed line is reported with its
 * line number instead of aborting the whole file. Handles what OFAC publishes: no header,
 * ISO-8859-1 text, CRLF line ends, an MS-DOS end-of-file byte (0x1A), {@code -0-} for an empty
 * value.
 */
final class CsvRecordReader {

  /** Receives each well-formed record; {@code fields} have {@code -0-} replaced by "". */
  interface RecordHandler {
    /** Returns a reason to reject the record, or null when it was accepted. */
    String accept(long line, List<String> fields);
  }

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();

  private CsvRecordReader() {}

  /** Reads {@code file}; appends a {@link LoadProblem} per rejected line to {@code problems}. */
  static void read(Path file, int expectedFields, RecordHandler handler, List<LoadProblem> problems)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\u001a", "");
    read(file.toString(), text, expectedFields, handler, problems);
  }

  static void read(
      String fileName,
      String text,
      int expectedFields,
      RecordHandler handler,
      List<LoadProblem> problems) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String reason = parseAndHandle(lines[i], i + 1, expectedFields, handler);
      if (reason != null) {
        problems.add(new LoadProblem(fileName, i + 1, reason));
      }
    }
  }

  private static String parseAndHandle(
      String record, long lineNumber, int expectedFields, RecordHandler handler) {
    List<String> fields;
    try {
      fields = parse(record);
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      return "malformed CSV: " + e.getMessage();
    }
    if (fields.size() != expectedFields) {
      return "expected " + expectedFields + " fields, found " + fields.size();
    }
    return handler.accept(lineNumber, fields);
  }

  private static List<String> parse(String record) throws IOException {
    try (CSVParser parser = CSVParser.parse(record, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalStateException("expected one record, found " + records.size());
      }
      List<String> fields = new ArrayList<>();
      for (String value : records.get(0)) {
        fields.add("-0-".equals(value) ? "" : value);
      }
      return fields;
    }
  }
}
