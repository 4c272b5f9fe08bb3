package io.finnexus.models.train;

import io.finnexus.models.runtime.Scorer;
import java.util.Map;

/**
 * What a trainer hands back: a scorer for validation, the payload files for the artifact, and the
 * provenance fields it alone knows (its name, hyperparameters, library versions).
 */
public record TrainedModel(
    Scorer scorer,
    Map<String, byte[]> payloads,
    String trainer,
    Map<String, String> hyperparameters,
    Map<String, String> libraryVersions) {}
