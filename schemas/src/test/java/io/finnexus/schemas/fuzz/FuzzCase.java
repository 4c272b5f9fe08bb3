package io.finnexus.schemas.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One case of a fuzz run: its own random source (a pure function of seed and index), the input it
 * recorded for the failure report, and an optional outcome label counted by {@link FuzzOutcomes}.
 */
public final class FuzzCase {

  private static final int MAX_SHOWN = 1500;

  private final int index;
  private final SplittableRandom random;
  private final long startedNanos = System.nanoTime();
  private Object input;
  private String label = "-";

  FuzzCase(long seed, int index) {
    this.index = index;
    this.random = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (index + 1L)));
  }

  /** The case's random source: draw everything from it, nothing from elsewhere. */
  public SplittableRandom random() {
    return random;
  }

  public int index() {
    return index;
  }

  /** Records what this case feeds the code under test (shown escaped if the case fails). */
  public <T> T input(T value) {
    this.input = value;
    return value;
  }

  /** Names this case's outcome, e.g. {@code "accepted"} or a rejection reason. */
  public void label(String outcome) {
    this.label = outcome;
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  String label() {
    return label;
  }

  Duration runningFor() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  String describeInput() {
    if (input instanceof byte[] bytes) {
      return bytes.length
          + " bytes, as UTF-8: "
          + escape(new String(bytes, StandardCharsets.UTF_8));
    }
    return escape(String.valueOf(input));
  }

  /** Printable ASCII as is, everything else as a Java escape; long inputs are cut. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_SHOWN; i++) {
      char ch = text.charAt(i);
      if (ch >= ' ' && ch < 0x7f && ch != '\\') {
        out.append(ch);
      } else if (ch == '\n') {
        out.append("\\n");
      } else {
        out.append(String.format("\\u%04x", (int) ch));
      }
    }
    if (out.length() >= MAX_SHOWN) {
      out.append("… (").append(text.length()).append(" chars in all)");
    }
    return out.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
