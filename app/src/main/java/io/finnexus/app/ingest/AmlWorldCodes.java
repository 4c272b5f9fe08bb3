package io.finnexus.app.ingest;

import io.finnexus.schemas.avro.Channel;
import java.util.Map;

/**
 * AMLworld's currency and payment-format names mapped to ISO 4217 codes and FinNexus channels.
 * Bitcoin has no ISO 4217 code (XBT is informal), so Bitcoin-denominated rows are rejected as
 * {@link RejectReason#CURRENCY_NOT_ISO_4217} rather than given an invented code.
 */
final class AmlWorldCodes {
  private static final Map<String, String> CURRENCIES =
      Map.ofEntries(
          Map.entry("US Dollar", "USD"),
          Map.entry("Euro", "EUR"),
          Map.entry("UK Pound", "GBP"),
          Map.entry("Yen", "JPY"),
          Map.entry("Yuan", "CNY"),
          Map.entry("Rupee", "INR"),
          Map.entry("Ruble", "RUB"),
          Map.entry("Canadian Dollar", "CAD"),
          Map.entry("Australian Dollar", "AUD"),
          Map.entry("Swiss Franc", "CHF"),
          Map.entry("Mexican Peso", "MXN"),
          Map.entry("Brazil Real", "BRL"),
          Map.entry("Shekel", "ILS"),
          Map.entry("Saudi Riyal", "SAR"));

  private static final Map<String, Channel> FORMATS =
      Map.of(
          "Cash", Channel.CASH,
          "Wire", Channel.WIRE,
          "ACH", Channel.ACH,
          "Credit Card", Channel.CARD,
          "Cheque", Channel.CHEQUE,
          "Reinvestment", Channel.INTERNAL,
          "Bitcoin", Channel.CRYPTO);

  private AmlWorldCodes() {}

  static String currency(String name) throws RowRejectedException {
    String text = Fields.required(name, "currency").strip();
    if (text.equals("Bitcoin")) {
      throw new RowRejectedException(
          RejectReason.CURRENCY_NOT_ISO_4217, "Bitcoin has no ISO 4217 code");
    }
    String code = CURRENCIES.get(text);
    if (code == null) {
      throw new RowRejectedException(
          RejectReason.BAD_CURRENCY, "unknown currency name: " + Fields.abbreviate(text));
    }
    return code;
  }

  static Channel channel(String format) throws RowRejectedException {
    String text = Fields.required(format, "Payment Format").strip();
    Channel channel = FORMATS.get(text);
    if (channel == null) {
      throw new RowRejectedException(
          RejectReason.BAD_ENUM, "unknown Payment Format: " + Fields.abbreviate(text));
    }
    return channel;
  }
}
