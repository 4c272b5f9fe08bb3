package io.finnexus.scoring.aml;

import java.time.Duration;

/**
 * Round-tripping limits, which also bound the cycle state per key.
 *
 * @param minHops shortest loop reported (3: two-hop A→B→A is usually a refund or a loan repaid)
 * @param maxHops longest path followed (8); tokens never travel further
 * @param minHopRatio each hop's amount at least this fraction of the previous hop (0.9: at most 10%
 *     fees)
 * @param maxHopRatio and at most this (1.0: money never grows along a laundering path)
 * @param minRetention the closing hop keeps at least this share of the first hop (0.5)
 * @param window all hops of a loop within this span (30 days)
 * @param maxPathsPerAccount inbound paths an account keeps (32, oldest evicted)
 * @param maxOutEdges recent outbound transfers an account keeps (32)
 * @param maxForwardPerEvent tokens one event may emit (64), bounding work per event
 */
public record CycleLimits(
    int minHops,
    int maxHops,
    double minHopRatio,
    double maxHopRatio,
    double minRetention,
    Duration window,
    int maxPathsPerAccount,
    int maxOutEdges,
    int maxForwardPerEvent) {

  public static CycleLimits defaults() {
    return new CycleLimits(3, 8, 0.9, 1.0, 0.5, Duration.ofDays(30), 32, 32, 64);
  }

  public CycleLimits withWindow(Duration newWindow) {
    return new CycleLimits(
        minHops,
        maxHops,
        minHopRatio,
        maxHopRatio,
        minRetention,
        newWindow,
        maxPathsPerAccount,
        maxOutEdges,
        maxForwardPerEvent);
  }

  /** Whether a hop of {@code next} may follow a hop of {@code previous} (minor units). */
  public boolean consistent(long previous, long next) {
    return next >= previous * minHopRatio && next <= previous * maxHopRatio;
  }
}
