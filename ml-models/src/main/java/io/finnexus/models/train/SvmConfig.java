package io.finnexus.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of the one-class SVM anomaly detector (Tribuo LibSVM, RBF kernel, on standardised
 * behaviour vectors).
 *
 * @param nu upper bound on the fraction of training vectors treated as outliers, (0,1]
 * @param gamma RBF kernel width; 0 means 1/number-of-features
 * @param maxTrainingRows cap on training vectors (LibSVM is quadratic in rows); the latest are kept
 * @param seed random seed
 */
public record SvmConfig(double nu, double gamma, int maxTrainingRows, long seed) {

  public static SvmConfig defaults() {
    return new SvmConfig(0.05, 0.0, 5000, 7L);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nu", String.valueOf(nu));
    m.put("gamma", String.valueOf(gamma));
    m.put("maxTrainingRows", String.valueOf(maxTrainingRows));
    m.put("seed", String.valueOf(seed));
    m.put("kernel", "RBF");
    return m;
  }
}
