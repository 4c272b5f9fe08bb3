package io.finnexus.schemas.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile values of the kinds that break parsers: empty and huge text, control characters, lone
 * surrogates and invalid UTF-8, Unicode look-alikes and bidi controls, numbers at and past every
 * limit (NaN, Infinity, exponents of a billion), injection and path-traversal payloads, dates that
 * do not exist.
 */
public final class Hostile {

  /** Hand-picked values, each of which has broken a parser somewhere. */
  public static final List<String> TOKENS =
      List.of(
          "",
          " ",
          "\t",
          "\r\n",
          "\n",
          "\u0000",
          "null",
          "NULL",
          "undefined",
          "true",
          "false",
          "0",
          "-0",
          "+0",
          "00",
          "1",
          "-1",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "99999999999999999999999999999999999999",
          "1e400",
          "1E+999999999",
          "1E+99999999",
          "1E-99999999",
          "1E-999999999",
          "1e2147483647",
          "1e-2147483648",
          "0.1E-2147483647",
          "4.9e-324",
          "1.7976931348623157E309",
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          "+Infinity",
          "0x1F",
          "1_000",
          "1,5",
          ".5",
          "5.",
          "1e",
          "--1",
          "+-1",
          "12.50",
          "0.00001",
          "-5",
          "\uff11\uff12\uff13",
          "\u0661\u0662\u0663",
          "' OR '1'='1",
          "'; DROP TABLE alerts;--",
          "\" OR \"\"=\"",
          "%",
          "_",
          "%' --",
          "\\",
          "\\'",
          "$where",
          "{\"$ne\":null}",
          "*",
          ")(uid=*)",
          "../../../../etc/passwd",
          "..\\..\\..\\windows\\win.ini",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/etc/passwd",
          "file:///etc/passwd",
          "C:\\",
          "\\\\server\\share",
          "/dev/zero",
          "/proc/self/environ",
          "..%00/",
          "${jndi:ldap://127.0.0.1/a}",
          "#{7*7}",
          "{{7*7}}",
          "%s%s%n%x",
          "<script>alert(1)</script>",
          "]]>",
          "&amp;",
          "&#0;",
          "&e;",
          "\u202Eevil\u202C",
          "\u200B",
          "\uFEFF",
          "\uFFFD",
          "\uFFFF",
          "\uD800",
          "\uDFFF",
          "\uDBFF\uDFFF",
          "\uD83D\uDE00",
          "e\u0301",
          "\uFF21\uFF22\uFF23",
          "\u0410\u0412\u0421",
          "\u13AA",
          "\u01C5",
          "\u00DF",
          "\u0130",
          "\uFB03",
          "\u0085",
          "\u2028",
          "\u2029",
          "\u001B[31m",
          "2026-02-30",
          "2026-13-01",
          "0000-00-00",
          "9999-12-31T23:59:59Z",
          "+1000000000-01-01T00:00:00Z",
          "-999999999-01-01T00:00:00Z",
          "2026-01-01T00:00:00",
          "2026/01/01 00:00",
          "1970-01-01T00:00:00Z",
          "CRDT",
          "DBIT",
          "USD",
          "XXX",
          "usd",
          "EUR ",
          "ZZ",
          "..",
          ".",
          "~",
          "-",
          "a".repeat(201),
          "9".repeat(41));

  /** Characters that look like ASCII letters and digits but are not. */
  private static final String CONFUSABLES =
      "\u0430\u0435\u043E\u0440\u0441\u0445\u0456\u0391\u0392\u0395\u039F\u03A1\u0131\u01C3"
          + "\uFF10\uFF11\u0660\u06F1\u2170\u2024\u2044\uFE52\u00A0\u2007\u3000";

  private static final String COMBINING = "\u0300\u0301\u0302\u0308\u0327\u034F\u0489\u20DD";

  private Hostile() {}

  /** Any one of the kinds above, or a mix of them. */
  public static String string(SplittableRandom r) {
    return switch (r.nextInt(9)) {
      case 0, 1 -> token(r);
      case 2 -> anyChars(r, r.nextInt(65));
      case 3 -> controlChars(r, 1 + r.nextInt(8));
      case 4 -> huge(r);
      case 5 -> confusable(r, token(r) + "abc".repeat(r.nextInt(3)));
      case 6 -> token(r) + token(r) + (r.nextBoolean() ? token(r) : "");
      case 7 -> printable(r, r.nextInt(41));
      default -> zalgo(r, printable(r, 1 + r.nextInt(10)));
    };
  }

  public static String token(SplittableRandom r) {
    return TOKENS.get(r.nextInt(TOKENS.size()));
  }

  /** A number as text: every limit of int, long, double and BigDecimal, or a random one. */
  public static String number(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> Long.toString(r.nextLong());
      case 1 -> Double.toString(Double.longBitsToDouble(r.nextLong()));
      case 2 -> Integer.toString(r.nextInt(-1000, 1_000_000));
      case 3 -> r.nextInt(1000) + "." + r.nextInt(100_000);
      case 4 -> (r.nextBoolean() ? "-" : "") + r.nextInt(1, 10) + "E" + pick(r, EXPONENTS);
      default -> pick(r, NUMBER_TOKENS);
    };
  }

  private static final List<String> EXPONENTS =
      List.of(
          "+999999999",
          "-999999999",
          "+99999999",
          "-99999999",
          "9999999",
          "-9999999",
          "999999",
          "2147483647",
          "-2147483648",
          "400",
          "-400",
          "18",
          "19");

  private static final List<String> NUMBER_TOKENS =
      TOKENS.stream().filter(t -> !t.isEmpty() && t.length() < 45).limit(60).toList();

  /** Random bytes, often with invalid UTF-8 sequences spliced into hostile text. */
  public static byte[] bytes(SplittableRandom r, int maxLength) {
    if (r.nextBoolean()) {
      byte[] raw = new byte[r.nextInt(maxLength + 1)];
      r.nextBytes(raw);
      return raw;
    }
    byte[] text = string(r).getBytes(StandardCharsets.UTF_8);
    byte[] bad = pick(r, INVALID_UTF8);
    int at = text.length == 0 ? 0 : r.nextInt(text.length + 1);
    byte[] out = new byte[text.length + bad.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(text, at, out, at + bad.length, text.length - at);
    return out;
  }

  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});

  /** Printable ASCII only (no line breaks). */
  public static String printable(SplittableRandom r, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) r.nextInt(' ', '~' + 1));
    }
    return out.toString();
  }

  /** Any UTF-16 code units, lone surrogates and noncharacters included. */
  public static String anyChars(SplittableRandom r, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0x10000)));
    }
    return out.toString();
  }

  public static String controlChars(SplittableRandom r, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) (r.nextInt(4) == 0 ? 0x7f + r.nextInt(0x21) : r.nextInt(0x20)));
    }
    return out.toString();
  }

  /** 1,000 to 25,000 characters of one repeated piece. */
  public static String huge(SplittableRandom r) {
    String piece = r.nextBoolean() ? token(r) : printable(r, 1 + r.nextInt(8));
    int length = 1000 + r.nextInt(24_000);
    return piece.isEmpty() ? "x".repeat(length) : piece.repeat(length / piece.length() + 1);
  }

  /** {@code text} with some characters swapped for look-alikes. */
  public static String confusable(SplittableRandom r, String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (r.nextInt(3) == 0) {
        out.setCharAt(i, CONFUSABLES.charAt(r.nextInt(CONFUSABLES.length())));
      }
    }
    return out.toString();
  }

  /** {@code text} buried under combining marks. */
  public static String zalgo(SplittableRandom r, String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      for (int k = r.nextInt(12); k > 0; k--) {
        out.append(COMBINING.charAt(r.nextInt(COMBINING.length())));
      }
    }
    return out.toString();
  }

  /** A short, harmless text that any field taking free text must accept. */
  public static String safeText(SplittableRandom r, int maxLength) {
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -";
    StringBuilder out = new StringBuilder();
    int length = 1 + r.nextInt(Math.max(1, maxLength));
    out.append(letters.charAt(r.nextInt(52)));
    for (int i = 1; i < length; i++) {
      out.append(letters.charAt(r.nextInt(letters.length())));
    }
    return out.toString().strip();
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
