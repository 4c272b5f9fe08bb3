package io.finnexus.models.runtime;

/**
 * A score with the identity of the model that produced it, so every scored transaction can say
 * which model version made its decision.
 */
public record ModelScore(double score, boolean flagged, String modelId, String modelVersion) {}
