package io.finnexus.models.runtime;

/**
 * Scores one row of features, given in the order of the artifact's feature names. Higher means more
 * suspicious. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Scorer {
  double score(double[] features);
}
