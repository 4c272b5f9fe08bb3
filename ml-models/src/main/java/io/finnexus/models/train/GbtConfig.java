package io.finnexus.models.train;

import io.finnexus.models.data.ClassWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of the gradient-boosted-trees fraud classifier (Tribuo XGBoost, histogram tree
 * method).
 *
 * @param numTrees boosting rounds (each round grows one tree per class)
 * @param eta learning rate (shrinkage), (0,1]
 * @param maxDepth maximum tree depth
 * @param minChildWeight minimum sum of instance weight in a leaf
 * @param subsample fraction of rows sampled per tree
 * @param featureSubsample fraction of features sampled per tree
 * @param lambda L2 regularisation of leaf weights
 * @param alpha L1 regularisation of leaf weights
 * @param gamma minimum loss reduction to split
 * @param threads native threads used for training
 * @param seed random seed (row/feature sampling)
 * @param classWeights how positives are up-weighted against class imbalance
 */
public record GbtConfig(
    int numTrees,
    double eta,
    int maxDepth,
    double minChildWeight,
    double subsample,
    double featureSubsample,
    double lambda,
    double alpha,
    double gamma,
    int threads,
    long seed,
    ClassWeights classWeights) {

  public static GbtConfig defaults() {
    return new GbtConfig(
        150, 0.1, 6, 1.0, 0.8, 0.8, 1.0, 0.0, 0.0, 2, 7L, ClassWeights.SQRT_BALANCED);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("numTrees", String.valueOf(numTrees));
    m.put("eta", String.valueOf(eta));
    m.put("maxDepth", String.valueOf(maxDepth));
    m.put("minChildWeight", String.valueOf(minChildWeight));
    m.put("subsample", String.valueOf(subsample));
    m.put("featureSubsample", String.valueOf(featureSubsample));
    m.put("lambda", String.valueOf(lambda));
    m.put("alpha", String.valueOf(alpha));
    m.put("gamma", String.valueOf(gamma));
    m.put("threads", String.valueOf(threads));
    m.put("seed", String.valueOf(seed));
    m.put("classWeights", classWeights.name());
    m.put("treeMethod", "HIST");
    m.put("objective", "multi:softprob");
    return m;
  }
}
