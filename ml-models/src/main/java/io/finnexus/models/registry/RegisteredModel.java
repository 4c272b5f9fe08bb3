package io.finnexus.models.registry;

import io.finnexus.models.artifact.ModelKind;
import io.finnexus.schemas.avro.ModelStage;
import java.time.Instant;

/**
 * A model's registry entry.
 *
 * @param modelName the slot it competes for ({@code fraud}, {@code anomaly})
 * @param artifactSha256 SHA-256 of the whole {@code .fnx}, checked on every load
 */
public record RegisteredModel(
    String modelId,
    String modelName,
    String version,
    ModelKind kind,
    ModelStage stage,
    String artifactSha256,
    String gridFsId,
    Instant registeredAt,
    Instant stageChangedAt) {}
