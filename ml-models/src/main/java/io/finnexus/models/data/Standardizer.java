package io.finnexus.models.data;

import java.util.List;

/**
 * Per-feature standardisation (z = (x - mean) / std) fitted on the training slice only, so that
 * linear models, the SVM and the autoencoder see features on one scale. Stored in the artifact and
 * applied identically at scoring time.
 */
public record Standardizer(double[] means, double[] stds) {

  /** Fits on the rows of {@code table}; a constant feature gets std 1. */
  public static Standardizer fit(FeatureTable table) {
    int d = table.featureNames().size();
    double[] mean = new double[d];
    double[] m2 = new double[d];
    long n = 0;
    for (LabelledRow row : table.rows()) {
      n++;
      for (int j = 0; j < d; j++) {
        double delta = row.features()[j] - mean[j];
        mean[j] += delta / n;
        m2[j] += delta * (row.features()[j] - mean[j]);
      }
    }
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      double s = n > 1 ? Math.sqrt(m2[j] / (n - 1)) : 0;
      std[j] = s > 1e-12 ? s : 1.0;
    }
    return new Standardizer(mean, std);
  }

  public double[] apply(double[] x) {
    double[] z = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (x[j] - means[j]) / stds[j];
    }
    return z;
  }

  public FeatureTable apply(FeatureTable table) {
    List<LabelledRow> rows =
        table.rows().stream()
            .map(
                r ->
                    new LabelledRow(
                        r.key(), r.eventTimeMillis(), apply(r.features()), r.positive()))
            .toList();
    return table.withRows(rows);
  }
}
