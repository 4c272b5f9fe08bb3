package io.finnexus.flink.aml;

import io.finnexus.scoring.aml.CycleLimits;
import java.io.Serializable;
import java.time.Duration;

/**
 * A serializable copy of the scoring core's {@link CycleLimits} (which is engine-free and so not
 * {@code Serializable}), shipped inside the operators to the task managers.
 */
record CycleLimitsSpec(
    int minHops,
    int maxHops,
    double minHopRatio,
    double maxHopRatio,
    double minRetention,
    Duration window,
    int maxPathsPerAccount,
    int maxOutEdges,
    int maxForwardPerEvent)
    implements Serializable {

  static CycleLimitsSpec of(CycleLimits l) {
    return new CycleLimitsSpec(
        l.minHops(),
        l.maxHops(),
        l.minHopRatio(),
        l.maxHopRatio(),
        l.minRetention(),
        l.window(),
        l.maxPathsPerAccount(),
        l.maxOutEdges(),
        l.maxForwardPerEvent());
  }

  CycleLimits limits() {
    return new CycleLimits(
        minHops,
        maxHops,
        minHopRatio,
        maxHopRatio,
        minRetention,
        window,
        maxPathsPerAccount,
        maxOutEdges,
        maxForwardPerEvent);
  }
}
