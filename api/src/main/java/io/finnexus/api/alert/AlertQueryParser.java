package io.finnexus.api.alert;

import io.finnexus.api.problem.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Turns raw query parameters into an {@link AlertQuery}, rejecting bad input with a reason. */
final class AlertQueryParser {

  static final int MAX_LIMIT = 200;

  private AlertQueryParser() {}

  static AlertQuery parse(
      List<String> status,
      List<String> typology,
      List<String> riskBand,
      String from,
      String to,
      String assignee,
      String customer,
      String sort,
      String limit,
      String cursor) {
    AlertSort order =
        AlertSort.parse(sort)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "sort",
                        "sort must be one of -createdAt, createdAt, -riskScore, riskScore"));
    bounded("assignee", assignee, 200);
    bounded("customer", customer, 200);
    bounded("cursor", cursor, 1000);
    Instant fromTime = instant("from", from);
    Instant toTime = instant("to", to);
    if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
      throw ApiException.badRequest("from", "from must be before to");
    }
    return new AlertQuery(
        values("status", status, s -> AlertStatus.valueOf(s.toUpperCase(Locale.ROOT))),
        values("typology", typology, AlertQueryParser::typology),
        values("riskBand", riskBand, s -> RiskBand.valueOf(s.toUpperCase(Locale.ROOT))),
        fromTime,
        toTime,
        blankToNull(assignee),
        blankToNull(customer),
        order,
        limit(limit),
        cursor == null || cursor.isBlank() ? null : AlertCursor.decode(cursor, order));
  }

  private static void bounded(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApiException.badRequest(field, field + " is longer than " + max + " characters");
    }
  }

  private static String typology(String s) {
    if (!s.matches("[A-Za-z0-9_\\-]{1,64}")) {
      throw new IllegalArgumentException(s);
    }
    return s.toUpperCase(Locale.ROOT);
  }

  private static <T> List<T> values(String field, List<String> raw, Function<String, T> parse) {
    List<T> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    raw.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .forEach(
            v -> {
              try {
                out.add(parse.apply(v));
              } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(field, field + " has an unknown value: " + clip(v));
              }
            });
    if (out.size() > 20) {
      throw ApiException.badRequest(field, field + " takes at most 20 values");
    }
    return out;
  }

  /** The range the database stores (beyond it PostgreSQL refuses the query, a 500 before). */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant parsed;
    try {
      parsed = Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          field, field + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
    if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
      throw ApiException.badRequest(field, field + " must lie between the years 1 and 9999");
    }
    return parsed;
  }

  private static int limit(String text) {
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // fall through to the rejection
    }
    throw ApiException.badRequest("limit", "limit must be an integer from 1 to " + MAX_LIMIT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
