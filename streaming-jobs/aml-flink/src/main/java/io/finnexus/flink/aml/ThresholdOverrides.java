package io.finnexus.flink.aml;

import io.finnexus.scoring.aml.AmlThresholds;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a rule release ({@code name=value} lines, names as the components of {@link
 * AmlThresholds}) to a base set of thresholds. Durations are ISO-8601 ({@code P7D}, {@code PT72H}),
 * country lists comma-separated. The cycle limits are not overridable at run time: they bound the
 * keyed state and the number of cycle stages, so they change with a redeploy. An unknown name or a
 * malformed value rejects the whole release (the job keeps its current thresholds).
 */
public final class ThresholdOverrides {
  static final Set<String> NAMES =
      Set.of(
          "reportingThresholdMinor",
          "structuringBand",
          "structuringMinDeposits",
          "structuringWindow",
          "rapidMinInflowMinor",
          "rapidOutFraction",
          "rapidWindow",
          "fanMinCounterparties",
          "fanWindow",
          "blackList",
          "greyList",
          "highRiskEpisode",
          "dormancy",
          "reactivationMinMinor",
          "reactivationWindow",
          "repeatedMinTransfers",
          "repeatedWindow");

  private ThresholdOverrides() {}

  /**
   * @throws IllegalArgumentException naming the offending line
   */
  public static AmlThresholds apply(AmlThresholds base, String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text == null ? "" : text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("unreadable rule release: " + e.getMessage(), e);
    }
    for (String name : p.stringPropertyNames()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown threshold " + name + "; known: " + NAMES);
      }
    }
    try {
      return build(base, p);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("bad threshold value: " + e.getMessage(), e);
    }
  }

  private static AmlThresholds build(AmlThresholds b, Properties p) {
    return new AmlThresholds(
        lng(p, "reportingThresholdMinor", b.reportingThresholdMinor()),
        dbl(p, "structuringBand", b.structuringBand()),
        (int) lng(p, "structuringMinDeposits", b.structuringMinDeposits()),
        dur(p, "structuringWindow", b.structuringWindow()),
        lng(p, "rapidMinInflowMinor", b.rapidMinInflowMinor()),
        dbl(p, "rapidOutFraction", b.rapidOutFraction()),
        dur(p, "rapidWindow", b.rapidWindow()),
        (int) lng(p, "fanMinCounterparties", b.fanMinCounterparties()),
        dur(p, "fanWindow", b.fanWindow()),
        b.cycle(),
        set(p, "blackList", b.blackList()),
        set(p, "greyList", b.greyList()),
        dur(p, "highRiskEpisode", b.highRiskEpisode()),
        dur(p, "dormancy", b.dormancy()),
        lng(p, "reactivationMinMinor", b.reactivationMinMinor()),
        dur(p, "reactivationWindow", b.reactivationWindow()),
        (int) lng(p, "repeatedMinTransfers", b.repeatedMinTransfers()),
        dur(p, "repeatedWindow", b.repeatedWindow()));
  }

  private static long lng(Properties p, String name, long fallback) {
    String v = p.getProperty(name);
    return v == null ? fallback : Long.parseLong(v.trim());
  }

  private static double dbl(Properties p, String name, double fallback) {
    String v = p.getProperty(name);
    return v == null ? fallback : Double.parseDouble(v.trim());
  }

  private static Duration dur(Properties p, String name, Duration fallback) {
    String v = p.getProperty(name);
    return v == null ? fallback : Duration.parse(v.trim().toUpperCase(Locale.ROOT));
  }

  private static Set<String> set(Properties p, String name, Set<String> fallback) {
    String v = p.getProperty(name);
    if (v == null) {
      return fallback;
    }
    return Arrays.stream(v.split(","))
        .map(s -> s.trim().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
