package io.finnexus.models.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A model saved by this version must keep loading and scoring the same in later versions. */
class GoldenArtifactTest {
  static final String ARTIFACT = "fraud-gbt-golden.fnx";
  static final String EXPECTED = "fraud-gbt-golden-scores.json";

  @Test
  void the_saved_gbt_artifact_still_loads_and_scores_the_same() throws Exception {
    ModelArtifact artifact = ArtifactCodec.fromBytes(resource(ARTIFACT));
    LoadedModel model = ModelLoader.load(artifact);
    JsonNode expected = ArtifactCodec.json().readTree(resource(EXPECTED));

    assertThat(model.manifest().kind()).isEqualTo(ModelKind.FRAUD_GBT);
    assertThat(expected.size()).isEqualTo(200);
    int flagged = 0;
    for (JsonNode row : expected) {
      double[] x = new double[row.get("features").size()];
      for (int j = 0; j < x.length; j++) {
        x[j] = row.get("features").get(j).asDouble();
      }
      ModelScore score = model.score(x);
      assertThat(score.score()).isEqualTo(row.get("score").asDouble());
      assertThat(score.modelId()).isEqualTo(artifact.manifest().modelId());
      flagged += score.flagged() ? 1 : 0;
    }
    assertThat(flagged).as("some golden rows are above the threshold").isPositive();
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = GoldenArtifactTest.class.getResourceAsStream("/models/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
