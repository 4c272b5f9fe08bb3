package io.finnexus.models.data;

/**
 * One training/evaluation example: the feature values (in the order of its table's feature names),
 * the ground truth and the event time it was observed at, which the time split needs.
 *
 * @param key what the row stands for (a transaction id, or a customer id for behaviour vectors)
 */
public record LabelledRow(String key, long eventTimeMillis, double[] features, boolean positive) {}
