package io.finnexus.bench;

import java.util.Locale;

/**
 * The shape of the offered load of a harness ({@code --profile}).
 *
 * <ul>
 *   <li>{@code steady}: the given rate for the whole run (the harness's original behaviour);
 *   <li>{@code stress}: steps of rising rate until a step breaks the latency or lag target; reports
 *       the highest rate a step sustained;
 *   <li>{@code spike}: the rate, then ten times the rate for the spike's length (30 s), then the
 *       rate again until p99 latency and consumer lag are back under target; reports the recovery
 *       time.
 * </ul>
 */
public enum LoadProfile {
  STEADY,
  STRESS,
  SPIKE;

  /** Parses {@code steady|stress|spike} (any case); anything else is a clear error. */
  public static LoadProfile parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--profile must be steady, stress or spike, not '" + name + "'", e);
    }
  }
}
