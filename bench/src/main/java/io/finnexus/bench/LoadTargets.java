package io.finnexus.bench;

import java.util.Map;

/**
 * What "keeping up" means for a shaped run, and the shape's lengths (options of the harness).
 *
 * @param p99Millis a one-second window is healthy when its p99 end-to-end latency is at most this
 *     ({@code --target-p99-ms}, default 500)
 * @param maxLag ... and the consumer lag (produced minus scored) at its end is at most this many
 *     records ({@code --target-lag}, default one second of the base rate, at least 100)
 * @param baseSeconds load at the base rate before a spike ({@code --base-s}, 15)
 * @param spikeSeconds length of the spike at ten times the rate ({@code --spike-s}, 30)
 * @param recoveryLimitSeconds give up waiting for recovery after this long ({@code
 *     --recovery-limit-s}, 180)
 * @param healthyWindows consecutive healthy windows that count as recovered ({@code
 *     --healthy-windows}, 3)
 * @param stepSeconds length of one stress step ({@code --step-s}, 10)
 */
public record LoadTargets(
    long p99Millis,
    long maxLag,
    int baseSeconds,
    int spikeSeconds,
    int recoveryLimitSeconds,
    int healthyWindows,
    int stepSeconds) {

  static LoadTargets from(Map<String, String> opts, int rate) {
    return new LoadTargets(
        Long.parseLong(opts.getOrDefault("target-p99-ms", "500")),
        Long.parseLong(opts.getOrDefault("target-lag", Long.toString(Math.max(100, rate)))),
        Integer.parseInt(opts.getOrDefault("base-s", "15")),
        Integer.parseInt(opts.getOrDefault("spike-s", "30")),
        Integer.parseInt(opts.getOrDefault("recovery-limit-s", "180")),
        Integer.parseInt(opts.getOrDefault("healthy-windows", "3")),
        Integer.parseInt(opts.getOrDefault("step-s", "10")));
  }

  boolean healthy(long p99, long lag) {
    return p99 <= p99Millis && lag <= maxLag;
  }
}
