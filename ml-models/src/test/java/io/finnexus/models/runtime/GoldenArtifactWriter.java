package io.finnexus.models.runtime;

import io.finnexus.models.SyntheticTransactions;
import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.features.CoreFraudFeatures;
import io.finnexus.models.features.FeatureReplay;
import io.finnexus.models.train.GbtTrainer;
import io.finnexus.models.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates the golden artifact in {@code src/test/resources/models} (run by hand when the
 * artifact format changes on purpose): a small GBT plus 200 feature rows and their scores.
 */
public final class GoldenArtifactWriter {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/models");
    FeatureTable table =
        FeatureReplay.fraudTable(
            SyntheticTransactions.generate(200, 30, 3L), new CoreFraudFeatures());
    TrainingRun.Result result =
        new TrainingRun(
                ModelKind.FRAUD_GBT,
                new GbtTrainer(TrainedFixtures.smallGbt()),
                0.7,
                TrainedFixtures.CLOCK)
            .run(table);
    ArtifactCodec.write(result.artifact(), dir.resolve(GoldenArtifactTest.ARTIFACT));
    LoadedModel model = ModelLoader.load(result.artifact());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double[] x = table.rows().get(table.rows().size() - 1 - i).features();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("features", x);
      row.put("score", model.score(x).score());
      rows.add(row);
    }
    Files.write(
        dir.resolve(GoldenArtifactTest.EXPECTED), ArtifactCodec.json().writeValueAsBytes(rows));
  }
}
