package io.finnexus.scoring.fraud;

/**
 * A trained fraud model as the scorer sees it: a probability of fraud in [0,1] from a {@link
 * FeatureVector}. Implementations (Tribuo, DL4J) live in {@code io.finnexus.models}; they must be
 * thread-safe and refuse a vector of another {@link FeatureSchema#VERSION}.
 */
public interface FraudModel {
  String id();

  String version();

  double score(FeatureVector features);
}
