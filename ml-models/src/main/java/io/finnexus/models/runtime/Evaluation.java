package io.finnexus.models.runtime;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.metrics.BinaryMetrics;
import io.finnexus.models.metrics.ModelMetrics;
import java.util.List;

/** Scores every row of a labelled table with a model and computes its metrics. */
public final class Evaluation {
  private Evaluation() {}

  public static double[] scores(Scorer scorer, FeatureTable table) {
    double[] scores = new double[table.rows().size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = scorer.score(table.rows().get(i).features());
    }
    return scores;
  }

  public static ModelMetrics evaluate(Scorer scorer, FeatureTable table, boolean probabilities) {
    return BinaryMetrics.compute(
        scores(scorer, table), table.labels(), BinaryMetrics.DEFAULT_K, probabilities);
  }

  /**
   * Evaluates a loaded model on a table computed with the same feature list. A table with other
   * features is refused: scoring it would silently feed values into the wrong inputs.
   */
  public static ModelMetrics evaluate(LoadedModel model, FeatureTable table) {
    requireSameFeatures(model.featureNames(), table.featureNames(), model.id());
    return evaluate(model.scorer(), table, model.manifest().kind().probabilistic());
  }

  static void requireSameFeatures(List<String> expected, List<String> actual, String modelId) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException(
          "model "
              + modelId
              + " was trained on features "
              + expected
              + " but the data has "
              + actual);
    }
  }
}
