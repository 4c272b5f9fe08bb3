package io.finnexus.models.registry;

import java.time.Instant;

/**
 * The promotion gate's recorded verdict: a candidate is accepted only if its holdout metric is not
 * worse than the champion's by more than the tolerance.
 *
 * @param championId the champion it was compared with, or null when there was none
 * @param reason why, in one sentence
 */
public record GateDecision(
    String candidateId,
    String championId,
    String metric,
    double candidateValue,
    double championValue,
    double tolerance,
    boolean accepted,
    String reason,
    Instant decidedAt) {}
