package io.finnexus.models.runtime;

import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.scoring.fraud.FeatureSchema;
import io.finnexus.scoring.fraud.FeatureVector;
import io.finnexus.scoring.fraud.FraudModel;

/**
 * Serves a loaded fraud artifact to the scoring core as a {@link FraudModel}. Refuses, at load, an
 * artifact trained on another feature schema (version or names), and, at score time, a vector of
 * another schema version — a mismatch would silently feed values into the wrong inputs.
 */
public final class CoreFraudModel implements FraudModel {
  private final LoadedModel model;

  public CoreFraudModel(LoadedModel model) {
    if (!model.manifest().kind().family().equals("fraud")) {
      throw new InvalidArtifactException(model.id() + " is not a fraud model");
    }
    if (!FeatureSchema.VERSION.equals(model.manifest().featureSchemaVersion())
        || !FeatureSchema.NAMES.equals(model.featureNames())) {
      throw new InvalidArtifactException(
          "model "
              + model.id()
              + " was trained on feature schema "
              + model.manifest().featureSchemaVersion()
              + ", the scorer computes "
              + FeatureSchema.VERSION);
    }
    this.model = model;
  }

  @Override
  public String id() {
    return model.id();
  }

  @Override
  public String version() {
    return model.version();
  }

  @Override
  public double score(FeatureVector features) {
    if (!FeatureSchema.VERSION.equals(features.schemaVersion())) {
      throw new IllegalArgumentException(
          "feature vector of schema " + features.schemaVersion() + " for model " + id());
    }
    return model.scorer().score(features.values());
  }

  public LoadedModel loaded() {
    return model;
  }
}
