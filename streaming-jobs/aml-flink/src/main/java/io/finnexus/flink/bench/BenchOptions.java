package io.finnexus.flink.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Options of {@link FlinkBenchmark}: {@code --tx}, {@code --parallelism}, … with defaults. This
 * benchmark is unthrottled; the load shapes ({@code --profile stress|spike}) run the job against a
 * broker instead ({@code finnexus bench flink --profile …}), so they are refused here rather than
 * silently ignored.
 */
record BenchOptions(
    long tx,
    int parallelism,
    int accounts,
    String checkpointInterval,
    String stateBackend,
    String managedMemory,
    boolean heapTimers,
    int cycleMaxHops) {

  static BenchOptions parse(String[] args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      v.put(args[i].substring(2), args[i + 1]);
    }
    String profile = v.getOrDefault("profile", "steady");
    if (!profile.equalsIgnoreCase("steady")) {
      throw new IllegalArgumentException(
          "FlinkBenchmark runs unthrottled only (--profile steady); run --profile "
              + profile
              + " through finnexus bench flink (the Kafka load harness)");
    }
    return new BenchOptions(
        Long.parseLong(v.getOrDefault("tx", "1000000")),
        Integer.parseInt(v.getOrDefault("parallelism", "2")),
        Integer.parseInt(v.getOrDefault("accounts", "100000")),
        v.getOrDefault("checkpoint-interval", "PT10S"),
        v.getOrDefault("state-backend", "rocksdb"),
        v.getOrDefault("managed-memory", "1g"),
        Boolean.parseBoolean(v.getOrDefault("heap-timers", "false")),
        Integer.parseInt(v.getOrDefault("cycle-max-hops", "8")));
  }
}
