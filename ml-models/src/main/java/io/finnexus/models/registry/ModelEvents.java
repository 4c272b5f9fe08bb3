package io.finnexus.models.registry;

import io.finnexus.schemas.avro.ModelEvent;
import java.time.Instant;
import java.util.UUID;

/** Builds the {@code ModelEvent} announcing a model's new stage (artifact fetched by id + hash). */
final class ModelEvents {
  private ModelEvents() {}

  static ModelEvent of(RegisteredModel model, Instant at) {
    return ModelEvent.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setModelName(model.modelName())
        .setModelId(model.modelId())
        .setModelVersion(model.version())
        .setStage(model.stage())
        .setArtifactSha256(model.artifactSha256())
        .setArtifact(null)
        .setOccurredAt(at)
        .build();
  }
}
