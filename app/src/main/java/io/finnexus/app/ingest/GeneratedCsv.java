package io.finnexus.app.ingest;

import java.util.List;

/**
 * The generator's own CSV format, the one file format every FinNexus tool reads and writes.
 *
 * <ul>
 *   <li>UTF-8, one header line, then one record per line (RFC 4180 quoting; line breaks inside a
 *       value are written as spaces).
 *   <li>One column per {@code Transaction} field, named as in {@code transaction.avsc}, in schema
 *       order, then {@code label_fraud}, {@code label_aml} ({@code true}/{@code false}) and {@code
 *       typology} (a {@code Typology} name, empty for normal traffic).
 *   <li>An empty optional field is null. {@code amount} is a plain decimal string in major units
 *       (at most 4 decimals); {@code event_time} an ISO-8601 instant in UTC ({@code
 *       2026-01-01T18:03:12Z}).
 * </ul>
 *
 * <p>Written by {@link GeneratedCsvWriter}, read by {@link GeneratedCsvSource}.
 */
public final class GeneratedCsv {
  /** The header, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "transaction_id",
          "event_time",
          "account_id",
          "customer_id",
          "direction",
          "counterparty_account_id",
          "counterparty_customer_id",
          "counterparty_name",
          "counterparty_country",
          "amount",
          "currency",
          "channel",
          "card_id",
          "merchant_id",
          "merchant_category",
          "device_id",
          "location_country",
          "memo",
          "label_fraud",
          "label_aml",
          "typology");

  /** Name of the side file listing account-level laundering labels next to {@code csvFile}. */
  public static String accountsFileName(String csvFile) {
    return csvFile + ".accounts.csv";
  }

  private GeneratedCsv() {}
}
