package io.finnexus.batch.statement.csv;

import io.finnexus.batch.statement.EntryDirection;
import io.finnexus.batch.statement.EntryReferences;
import io.finnexus.batch.statement.MinorUnits;
import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.StatementEntry;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementInfo;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV ledger: UTF-8, comma-separated, RFC 4180 quoting, a header row naming the columns
 * (any order, extra columns ignored):
 *
 * <pre>
 * entry_id,account_id,booking_date,value_date,amount,currency,direction,reference,counterparty,transaction_id
 * L-1,DE89370400440532013000,2025-03-01,2025-03-01,1250.00,EUR,CREDIT,E2E-77,ACME GmbH,TX-1
 * </pre>
 *
 * <ul>
 *   <li>{@code entry_id}, {@code account_id}, {@code booking_date}, {@code amount}, {@code
 *       currency}, {@code direction}: required
 *   <li>{@code booking_date}, {@code value_date}: ISO dates {@code yyyy-MM-dd}; {@code value_date}
 *       may be empty
 *   <li>{@code amount}: unsigned decimal in major units ({@code 1250.00}), converted exactly to
 *       minor units; more decimals than the currency has is an error, never rounded
 *   <li>{@code direction}: {@code CREDIT}/{@code DEBIT} (or {@code CRDT}/{@code DBIT})
 *   <li>{@code reference} (end-to-end id), {@code counterparty}, {@code transaction_id}: optional
 * </ul>
 *
 * Every row is an entry with status {@code BOOK}; a bad row rejects the file with its line number.
 */
public final class CsvLedgerReader {

  /** The format id reported in {@link ParsedStatement#format()}. */
  public static final String FORMAT = "csv-ledger";

  static final List<String> REQUIRED =
      List.of("entry_id", "account_id", "booking_date", "amount", "currency", "direction");

  private static final CSVFormat FORMAT_SPEC =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .get();

  /** Reads all rows; {@code source} names the file in error messages. */
  public ParsedStatement read(Reader csv, String source) throws StatementFormatException {
    List<StatementEntry> entries = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT_SPEC).get()) {
      checkHeader(parser.getHeaderNames(), source);
      for (CSVRecord row : parser) {
        entries.add(toEntry(row, source));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new StatementFormatException(source + ": not a readable CSV ledger: " + e.getMessage());
    }
    StatementInfo info = new StatementInfo(source, null, null, null, entries.size());
    return new ParsedStatement(FORMAT, null, List.of(info), entries);
  }

  private static void checkHeader(List<String> header, String source)
      throws StatementFormatException {
    List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new StatementFormatException(
          source
              + ": neither camt XML nor a CSV ledger (header lacks column(s) "
              + String.join(",", missing)
              + ")");
    }
  }

  private static StatementEntry toEntry(CSVRecord row, String source)
      throws StatementFormatException {
    try {
      String currency = required(row, "currency");
      return new StatementEntry(
          required(row, "entry_id"),
          source,
          required(row, "account_id"),
          LocalDate.parse(required(row, "booking_date")),
          optional(row, "value_date") == null ? null : LocalDate.parse(optional(row, "value_date")),
          MinorUnits.toMinor(decimal(required(row, "amount")), currency),
          currency,
          EntryDirection.parse(required(row, "direction")),
          "BOOK",
          new EntryReferences(
              optional(row, "reference"), null, optional(row, "transaction_id"), null),
          optional(row, "counterparty"),
          null,
          null);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StatementFormatException(
          source + " line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage());
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount '" + text + "' is not a decimal number");
    }
  }

  private static String required(CSVRecord row, String column) {
    String value = optional(row, column);
    if (value == null) {
      throw new IllegalArgumentException(column + " is empty");
    }
    return value;
  }

  private static String optional(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String value = row.get(column);
    return value == null || value.isBlank() ? null : value;
  }
}
