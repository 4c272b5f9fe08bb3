package io.finnexus.models.runtime;

import io.finnexus.models.trees.FlatTreeEnsemble;
import io.finnexus.models.trees.XgboostDumpParser;
import java.util.List;

/**
 * The GBT payload that online scoring uses ({@code trees.json}): XGBoost's JSON tree dumps plus
 * what is needed to evaluate them without XGBoost.
 *
 * @param numClasses classes of the softprob objective (2)
 * @param positiveClass index of the fraud class
 * @param baseScore XGBoost's global bias (0.5 in XGBoost 1.6)
 * @param idToColumn XGBoost feature id to column in the artifact's feature list
 * @param trees one JSON dump per tree, interleaved by class
 */
public record GbtTrees(
    int numClasses, int positiveClass, float baseScore, int[] idToColumn, List<String> trees) {

  public static final String PAYLOAD = "trees.json";

  public FlatTreeEnsemble ensemble() {
    return XgboostDumpParser.parse(trees, numClasses, baseScore, idToColumn);
  }

  /** A thread-safe scorer evaluating the trees in plain Java. */
  public Scorer scorer() {
    FlatTreeEnsemble ensemble = ensemble();
    int positive = positiveClass;
    return features -> ensemble.probability(features, positive);
  }
}
