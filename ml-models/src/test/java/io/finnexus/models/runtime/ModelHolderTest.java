package io.finnexus.models.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.ArtifactManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelHolderTest {

  private static LoadedModel constant(String id, double score) {
    ArtifactManifest m = TrainedFixtures.gbt().artifact().manifest();
    ArtifactManifest renamed =
        new ArtifactManifest(
            m.formatVersion(),
            id,
            id + "-v",
            m.kind(),
            m.featureNames(),
            m.featureSchemaVersion(),
            0.5,
            m.metrics(),
            m.provenance(),
            m.payloadSha256());
    return new LoadedModel(renamed, x -> score);
  }

  @Test
  void every_score_names_the_model_that_made_it_and_shadows_are_scored_too() {
    ModelHolder holder =
        new ModelHolder(new ModelLineup(constant("champ", 0.9), List.of(constant("shadow", 0.1))));
    double[] x = new double[TrainedFixtures.fraudTable().featureNames().size()];

    LineupScores scores = holder.score(x);

    assertThat(scores.champion()).isEqualTo(new ModelScore(0.9, true, "champ", "champ-v"));
    assertThat(scores.shadows()).containsExactly(new ModelScore(0.1, false, "shadow", "shadow-v"));
  }

  @Test
  void promoting_a_shadow_swaps_atomically_and_removes_it_from_the_shadows() {
    LoadedModel shadow = constant("shadow", 0.1);
    ModelHolder holder = new ModelHolder(new ModelLineup(constant("champ", 0.9), List.of(shadow)));

    ModelLineup old = holder.promote(shadow);

    assertThat(old.champion().id()).isEqualTo("champ");
    assertThat(holder.current().champion().id()).isEqualTo("shadow");
    assertThat(holder.current().shadows()).isEmpty();
  }
}
