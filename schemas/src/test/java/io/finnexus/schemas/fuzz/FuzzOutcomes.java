package io.finnexus.schemas.fuzz;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many cases ended with each label. A fuzz test asserts that the outcomes it expects were all
 * reached, so a generator that has gone blind (every case rejected, or none) fails the test.
 */
public final class FuzzOutcomes {

  private final String name;
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  FuzzOutcomes(String name) {
    this.name = name;
  }

  private Duration slowest = Duration.ZERO;
  private int slowestCase = -1;

  synchronized void record(String label, int index, Duration took) {
    counts.merge(label, 1, Integer::sum);
    total++;
    if (took.compareTo(slowest) > 0) {
      slowest = took;
      slowestCase = index;
    }
  }

  public synchronized int total() {
    return total;
  }

  public synchronized int count(String label) {
    return counts.getOrDefault(label, 0);
  }

  /** Cases whose label starts with {@code prefix}. */
  public synchronized int countStartingWith(String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Fails unless every label in {@code labels} was reached at least once. */
  public synchronized FuzzOutcomes assertReached(String... labels) {
    List<String> missing = Arrays.stream(labels).filter(l -> !counts.containsKey(l)).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError(
          "fuzz '" + name + "' never reached " + missing + "; outcomes were " + counts);
    }
    return this;
  }

  /**
   * Fails unless at least {@code min} cases ran (the count a test promises), unless {@code
   * -Dfuzz.case} or {@code -Dfuzz.cases} asked for fewer.
   */
  public synchronized FuzzOutcomes assertAtLeast(int min) {
    if (total < min
        && System.getProperty("fuzz.case") == null
        && System.getProperty("fuzz.cases") == null) {
      throw new AssertionError("fuzz '" + name + "' ran " + total + " cases, fewer than " + min);
    }
    return this;
  }

  synchronized String summary(long seed) {
    return "FUZZ "
        + name
        + " cases="
        + total
        + " seed="
        + seed
        + " slowest=case "
        + slowestCase
        + " ("
        + slowest.toMillis()
        + " ms) outcomes="
        + counts;
  }
}
