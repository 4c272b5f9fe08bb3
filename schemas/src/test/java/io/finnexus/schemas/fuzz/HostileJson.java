package io.finnexus.schemas.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Hostile JSON request bodies: a valid body with one field dropped, retyped or set to a hostile
 * value; unknown and duplicate fields; deeply nested, truncated and malformed documents; numbers
 * past every limit; invalid escapes and lone surrogates. Bodies are written as text so that what is
 * not JSON at all can be sent too.
 */
public final class HostileJson {

  private HostileJson() {}

  /**
   * A body: mostly {@code valid} mutated field by field, sometimes any hostile document. The same
   * draws give the same body whatever the iteration order of {@code valid} ({@code Map.of} changes
   * it from one JVM to the next), so a case replays.
   */
  public static String body(SplittableRandom r, Map<String, Object> valid) {
    valid = byName(valid);
    int kind = r.nextInt(10);
    if (kind < 6) {
      return write(mutateFields(r, valid));
    }
    if (kind < 8) {
      return Mutations.text(r, write(valid));
    }
    return document(r);
  }

  /** {@code valid} with one to three fields dropped, added, retyped or hostile. */
  public static Map<String, Object> mutateFields(SplittableRandom r, Map<String, Object> valid) {
    Map<String, Object> body = byName(valid);
    List<String> names = new ArrayList<>(body.keySet());
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      String field = names.isEmpty() || r.nextInt(6) == 0 ? Hostile.string(r) : pickName(r, names);
      switch (r.nextInt(5)) {
        case 0 -> body.remove(field);
        case 1 -> body.put(field, null);
        default -> body.put(field, value(r, 2));
      }
    }
    return body;
  }

  /** {@code map} ordered by field name, nested maps too. */
  private static Map<String, Object> byName(Map<String, Object> map) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    new TreeMap<>(map)
        .forEach(
            (name, value) ->
                ordered.put(
                    name, value instanceof Map<?, ?> nested ? byName(cast(nested)) : value));
    return ordered;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static String pickName(SplittableRandom r, List<String> names) {
    return names.get(r.nextInt(names.size()));
  }

  /** A JSON value of any type; strings are hostile, numbers at limits, depth bounded. */
  public static Object value(SplittableRandom r, int depth) {
    int kind = r.nextInt(depth <= 0 ? 6 : 8);
    return switch (kind) {
      case 0, 1, 2 -> Hostile.string(r);
      case 3 -> new RawJson(jsonNumber(r));
      case 4 -> r.nextBoolean();
      case 5 -> new RawJson(r.nextBoolean() ? "null" : "[]");
      case 6 -> {
        List<Object> list = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          list.add(value(r, depth - 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          map.put(Hostile.token(r), value(r, depth - 1));
        }
        yield map;
      }
    };
  }

  private static String jsonNumber(SplittableRandom r) {
    return Hostile.pick(
        r,
        List.of(
            "0",
            "-0",
            "1",
            "-1",
            "2147483648",
            "9223372036854775808",
            "-9223372036854775809",
            "1e999999",
            "-1e999999",
            "1.0E+2147483648",
            "4.9e-325",
            "123456789012345678901234567890.123456789",
            "0.000000000000000000000000001",
            Long.toString(r.nextLong()),
            Double.toString(r.nextDouble() * 1e300)));
  }

  /** Any document: deeply nested, malformed, not JSON at all, or empty. */
  public static String document(SplittableRandom r) {
    int depth = 1 + r.nextInt(5000);
    return switch (r.nextInt(12)) {
      case 0 -> "[".repeat(depth) + "]".repeat(r.nextBoolean() ? depth : r.nextInt(depth));
      case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      case 2 -> "";
      case 3 -> Hostile.string(r);
      case 4 -> "{\"a\":1,}";
      case 5 -> "{'a':'b'}";
      case 6 -> "{\"a\":NaN,\"b\":Infinity}";
      case 7 -> "{\"a\":\"\\ud800\\x00\\q\"}";
      case 8 -> "/* c */ {\"a\": 1} // c";
      case 9 -> "{\"a\":1,\"a\":2}";
      case 10 -> "\uFEFF" + write(Map.of("a", value(r, 3)));
      default -> write(value(r, 4));
    };
  }

  /** Already-written JSON text, put into a document as is. */
  public record RawJson(String text) {}

  /** Writes maps, lists, strings, numbers, booleans, null and {@link RawJson} as JSON text. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof RawJson raw) {
      out.append(raw.text());
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep);
        string(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
        sep = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      string(value.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
