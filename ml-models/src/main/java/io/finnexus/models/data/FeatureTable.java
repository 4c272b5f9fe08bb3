package io.finnexus.models.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows sharing one feature list, produced by one version of a feature schema. Rows are kept in
 * event-time order (the order the features were computed in), which the time split relies on.
 */
public record FeatureTable(
    List<String> featureNames, String schemaVersion, List<LabelledRow> rows) {

  public FeatureTable {
    featureNames = List.copyOf(featureNames);
    List<LabelledRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(LabelledRow::eventTimeMillis));
    rows = List.copyOf(sorted);
    for (LabelledRow row : rows) {
      if (row.features().length != featureNames.size()) {
        throw new IllegalArgumentException(
            "row "
                + row.key()
                + " has "
                + row.features().length
                + " values for "
                + featureNames.size()
                + " features");
      }
    }
  }

  public long positives() {
    return rows.stream().filter(LabelledRow::positive).count();
  }

  public boolean[] labels() {
    boolean[] labels = new boolean[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rows.get(i).positive();
    }
    return labels;
  }

  public FeatureTable withRows(List<LabelledRow> subset) {
    return new FeatureTable(featureNames, schemaVersion, subset);
  }
}
