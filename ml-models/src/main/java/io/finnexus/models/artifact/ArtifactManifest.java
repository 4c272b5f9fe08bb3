package io.finnexus.models.artifact;

import io.finnexus.models.metrics.ModelMetrics;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a model artifact: what a scorer needs to feed the model (feature names in order,
 * the feature-schema version they were computed with), how to act on its score (threshold), and how
 * good and where from it is (metrics, provenance).
 *
 * @param formatVersion version of this manifest layout; readers refuse newer versions
 * @param modelId stable id, {@code <kind>-<version>}
 * @param threshold score at or above which a transaction (or customer) is flagged
 * @param payloadSha256 SHA-256 of every payload file in the zip, by file name
 */
public record ArtifactManifest(
    int formatVersion,
    String modelId,
    String version,
    ModelKind kind,
    List<String> featureNames,
    String featureSchemaVersion,
    double threshold,
    ModelMetrics metrics,
    Provenance provenance,
    Map<String, String> payloadSha256) {

  public static final int CURRENT_FORMAT = 1;

  public ArtifactManifest {
    featureNames = List.copyOf(featureNames);
    payloadSha256 = Map.copyOf(payloadSha256);
  }

  public String modelName() {
    return kind.family();
  }

  public ArtifactManifest withPayloadSha256(Map<String, String> hashes) {
    return new ArtifactManifest(
        formatVersion,
        modelId,
        version,
        kind,
        featureNames,
        featureSchemaVersion,
        threshold,
        metrics,
        provenance,
        hashes);
  }
}
