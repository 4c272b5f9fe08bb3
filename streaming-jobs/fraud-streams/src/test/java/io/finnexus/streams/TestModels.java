package io.finnexus.streams;

import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.ArtifactManifest;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.artifact.Provenance;
import io.finnexus.models.metrics.ModelMetrics;
import io.finnexus.models.runtime.GbtTrees;
import io.finnexus.scoring.fraud.FeatureSchema;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Real fraud model artifacts ({@code .fnx}, GBT kind, the core's feature schema) small enough to
 * build in a test: two single-leaf trees, so the model scores every transaction with a fixed
 * probability that the test can recognise in the scored records.
 */
final class TestModels {

  private TestModels() {}

  /** The artifact bytes of model {@code id}:{@code version} scoring {@code probability}. */
  static byte[] constant(String id, String version, double probability) {
    double margin = Math.log(probability / (1 - probability));
    var trees =
        new GbtTrees(
            2,
            1,
            0.5f,
            new int[0],
            List.of("{\"nodeid\":0,\"leaf\":0}", "{\"nodeid\":0,\"leaf\":" + (float) margin + "}"));
    var manifest =
        new ArtifactManifest(
            ArtifactManifest.CURRENT_FORMAT,
            id,
            version,
            ModelKind.FRAUD_GBT,
            FeatureSchema.NAMES,
            FeatureSchema.VERSION,
            0.5,
            new ModelMetrics(0, 0, 0, 0, 0, 0, 0, 0, List.of()),
            new Provenance(
                "test",
                "constant",
                Map.of(),
                Map.of(),
                "2026-01-01T00:00:00Z",
                0,
                0,
                "2026-01-01T00:00:00Z"),
            Map.of());
    try {
      byte[] payload = ArtifactCodec.json().writeValueAsBytes(trees);
      return ArtifactCodec.toBytes(ModelArtifact.of(manifest, Map.of(GbtTrees.PAYLOAD, payload)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
