package io.finnexus.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one {@code bench/run-all.sh} run: the {@code MACHINE …} facts, each step's {@code
 * BENCH …} lines (written by the script as {@code STEP <name> BENCH …}; a step's lines are merged,
 * a later figure of the same name wins) and the JMH scores from its JSON result file.
 */
record BenchResults(
    Map<String, String> machine,
    Map<String, Map<String, String>> steps,
    Map<String, JmhScore> jmh,
    List<String> rawLines) {

  private static final Pattern PAIR = Pattern.compile("([a-z0-9_]+)=(\"[^\"]*\"|\\S+)");

  /** One JMH benchmark's score, e.g. {@code ScoringBenchmark.everything}. */
  record JmhScore(double score, double error, String unit) {}

  static BenchResults read(Path resultsFile, Path jmhJson) throws IOException {
    List<String> lines = Files.readAllLines(resultsFile);
    Map<String, String> machine = new LinkedHashMap<>();
    Map<String, Map<String, String>> steps = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith("MACHINE ")) {
        machine.putAll(pairs(line));
      } else if (line.startsWith("STEP ")) {
        String[] parts = line.split(" ", 3);
        if (parts.length == 3) {
          steps.computeIfAbsent(parts[1], step -> new LinkedHashMap<>()).putAll(pairs(parts[2]));
        }
      }
    }
    Map<String, JmhScore> jmh =
        jmhJson != null && Files.isRegularFile(jmhJson) ? jmh(jmhJson) : Map.of();
    return new BenchResults(machine, steps, jmh, lines);
  }

  /** A step's figure, e.g. {@code figure("streams-max", "throughput_tx_s")}. */
  Optional<Double> figure(String step, String key) {
    if (step.equals("jmh")) {
      return Optional.ofNullable(jmh.get(key)).map(JmhScore::score);
    }
    return Optional.ofNullable(steps.get(step))
        .map(values -> values.get(key))
        .flatMap(BenchResults::number);
  }

  static Map<String, String> pairs(String line) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher m = PAIR.matcher(line);
    while (m.find()) {
      values.put(m.group(1), m.group(2).replace("\"", ""));
    }
    return values;
  }

  private static Optional<Double> number(String text) {
    try {
      return Optional.of(Double.parseDouble(text.replace(",", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Map<String, JmhScore> jmh(Path json) throws IOException {
    Map<String, JmhScore> scores = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String fullName = run.path("benchmark").asText();
      String[] parts = fullName.split("\\.");
      String name =
          parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : fullName;
      JsonNode metric = run.path("primaryMetric");
      scores.put(
          name,
          new JmhScore(
              metric.path("score").asDouble(),
              metric.path("scoreError").asDouble(Double.NaN),
              metric.path("scoreUnit").asText()));
    }
    return scores;
  }
}
