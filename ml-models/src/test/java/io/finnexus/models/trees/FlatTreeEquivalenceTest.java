package io.finnexus.models.trees;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.runtime.GbtTrees;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.models.runtime.Scorer;
import io.finnexus.models.runtime.TribuoScorers;
import io.finnexus.models.train.TribuoTables;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** The plain-Java tree evaluator must score exactly like Tribuo's XGBoost model. */
class FlatTreeEquivalenceTest {

  @Test
  @SuppressWarnings("unchecked")
  void flat_trees_match_tribuo_xgboost_within_1e6_on_10000_rows() {
    ModelArtifact artifact = TrainedFixtures.gbt().artifact();
    FeatureTable table = TrainedFixtures.fraudTable();
    Scorer flat = ModelLoader.read(artifact, GbtTrees.PAYLOAD, GbtTrees.class).scorer();
    Model<Label> tribuo =
        (Model<Label>) TribuoScorers.deserialize(artifact.payload("model.tribuo"));
    String[] names = table.featureNames().toArray(String[]::new);
    List<double[]> rows = sample(table, 10_000);
    List<Example<Label>> examples = new ArrayList<>();
    rows.forEach(x -> examples.add(TribuoTables.unlabelledExample(names, x)));

    List<Prediction<Label>> predictions = tribuo.predict(examples);

    double maxDiff = 0;
    int fraudLike = 0;
    for (int i = 0; i < rows.size(); i++) {
      double expected = predictions.get(i).getOutputScores().get(TribuoTables.FRAUD).getScore();
      maxDiff = Math.max(maxDiff, Math.abs(flat.score(rows.get(i)) - expected));
      fraudLike += expected > 0.5 ? 1 : 0;
    }
    assertThat(maxDiff).isLessThanOrEqualTo(1e-6);
    assertThat(fraudLike).as("the sample exercises both classes").isBetween(10, rows.size() - 10);
  }

  /** Real feature rows, every other one perturbed so thresholds are probed off the data grid. */
  private static List<double[]> sample(FeatureTable table, int n) {
    SplittableRandom random = new SplittableRandom(11);
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] x = table.rows().get(random.nextInt(table.rows().size())).features().clone();
      if (i % 2 == 1) {
        int j = random.nextInt(x.length);
        x[j] = x[j] * (0.5 + random.nextDouble() * 3) + random.nextGaussian();
      }
      rows.add(x);
    }
    return rows;
  }
}
