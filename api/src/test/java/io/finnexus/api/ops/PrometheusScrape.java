package io.finnexus.api.ops;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of one Prometheus text-format scrape: sample names, and values by name and labels.
 */
final class PrometheusScrape {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Set<String> names = new HashSet<>();
  private final Map<String, Map<Map<String, String>, Double>> values = new LinkedHashMap<>();

  PrometheusScrape(String text) {
    for (String line : text.split("\n")) {
      Matcher m = SAMPLE.matcher(line.strip());
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      names.add(m.group(1));
      values
          .computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
          .put(labels, number(m.group(3)));
    }
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  boolean has(String sampleName) {
    return names.contains(sampleName);
  }

  /** The sum of the samples named so whose labels include {@code labels} (0 when there is none). */
  double value(String sampleName, Map<String, String> labels) {
    return values.getOrDefault(sampleName, Map.of()).entrySet().stream()
        .filter(e -> e.getKey().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }
}
