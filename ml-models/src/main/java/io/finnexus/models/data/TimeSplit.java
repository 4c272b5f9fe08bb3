package io.finnexus.models.data;

import java.util.List;

/**
 * A train/validation split by event time: every validation row happened at or after the cut-off,
 * every training row before it, so no information from the future leaks into training.
 *
 * @param cutoffMillis the first event time that belongs to validation
 */
public record TimeSplit(FeatureTable train, FeatureTable validation, long cutoffMillis) {

  /**
   * Splits at the event time below which {@code trainFraction} of the rows fall. Rows sharing the
   * cut-off time all go to validation, so the boundary is strict.
   */
  public static TimeSplit byFraction(FeatureTable table, double trainFraction) {
    if (trainFraction <= 0 || trainFraction >= 1) {
      throw new IllegalArgumentException("trainFraction must be in (0,1): " + trainFraction);
    }
    List<LabelledRow> rows = table.rows();
    if (rows.size() < 2) {
      throw new IllegalArgumentException("need at least two rows to split, got " + rows.size());
    }
    int index = Math.max(1, Math.min(rows.size() - 1, (int) (rows.size() * trainFraction)));
    long cutoff = rows.get(index).eventTimeMillis();
    return atCutoff(table, cutoff);
  }

  /** Splits at a given event time. */
  public static TimeSplit atCutoff(FeatureTable table, long cutoffMillis) {
    List<LabelledRow> rows = table.rows();
    int first = 0;
    while (first < rows.size() && rows.get(first).eventTimeMillis() < cutoffMillis) {
      first++;
    }
    return new TimeSplit(
        table.withRows(rows.subList(0, first)),
        table.withRows(rows.subList(first, rows.size())),
        cutoffMillis);
  }
}
