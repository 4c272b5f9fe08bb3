package io.finnexus.models.runtime;

import io.finnexus.models.artifact.ArtifactManifest;
import java.util.List;

/** An artifact ready to score: its manifest (features, threshold, identity) and its scorer. */
public record LoadedModel(ArtifactManifest manifest, Scorer scorer) {

  public String id() {
    return manifest.modelId();
  }

  public String version() {
    return manifest.version();
  }

  public List<String> featureNames() {
    return manifest.featureNames();
  }

  public ModelScore score(double[] features) {
    if (features.length != manifest.featureNames().size()) {
      throw new IllegalArgumentException(
          "model "
              + id()
              + " expects "
              + manifest.featureNames().size()
              + " features, got "
              + features.length);
    }
    double s = scorer.score(features);
    return new ModelScore(s, s >= manifest.threshold(), id(), version());
  }
}
