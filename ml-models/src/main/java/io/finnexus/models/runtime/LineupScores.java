package io.finnexus.models.runtime;

import java.util.List;

/** The champion's score (acted on) and each shadow's score (logged), each with its model id. */
public record LineupScores(ModelScore champion, List<ModelScore> shadows) {}
