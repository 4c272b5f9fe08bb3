package io.finnexus.app.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 fields of one physical line. Records never span lines in the formats FinNexus reads (the
 * writer replaces line breaks inside values), so a quote left open is a malformed row, which keeps
 * line numbers exact and one bad row from swallowing the rest of the file.
 */
final class CsvLine {
  private CsvLine() {}

  static List<String> split(String line) throws RowRejectedException {
    List<String> fields = new ArrayList<>(24);
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i = readQuoted(line, i + 1, field);
        if (i < n && line.charAt(i) != ',') {
          throw new RowRejectedException(
              RejectReason.MALFORMED_CSV, "text after closing quote at column " + (i + 1));
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        for (int j = i; j < end; j++) {
          if (line.charAt(j) == '"') {
            throw new RowRejectedException(
                RejectReason.MALFORMED_CSV, "quote inside unquoted field at column " + (j + 1));
          }
        }
        field.append(line, i, end);
        i = end;
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // skip the comma
    }
  }

  private static int readQuoted(String line, int start, StringBuilder out)
      throws RowRejectedException {
    int i = start;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == '"') {
        if (i + 1 < n && line.charAt(i + 1) == '"') {
          out.append('"');
          i += 2;
          continue;
        }
        return i + 1;
      }
      out.append(c);
      i++;
    }
    throw new RowRejectedException(RejectReason.MALFORMED_CSV, "unterminated quoted field");
  }

  /** Appends {@code value} as one CSV field, quoted when needed; line breaks become spaces. */
  static void appendField(StringBuilder out, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append("\"\"");
      } else if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
