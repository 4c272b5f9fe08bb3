package io.finnexus.models.metrics;

/**
 * One bin of a reliability (calibration) diagram: scores in {@code [lower, upper)}, how many rows
 * fell there, their mean predicted probability and the observed positive rate.
 */
public record ReliabilityBin(
    double lower, double upper, long count, double meanPredicted, double observedRate) {}
