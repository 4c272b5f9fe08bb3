package io.finnexus.bench.report;

import java.util.List;

/**
 * One performance promise of an issue and where its figure comes from.
 *
 * @param issue the issue that sets the target, e.g. {@code #5}
 * @param what what is measured, as a reader would say it
 * @param step the {@code run-all.sh} step (or {@code jmh}) that measures it
 * @param key the figure's key in the step's {@code BENCH} line (or the JMH benchmark name)
 * @param limit the target value
 * @param higherIsBetter {@code true} for throughputs, {@code false} for latencies
 * @param unit the unit shown
 */
record Target(
    String issue,
    String what,
    String step,
    String key,
    double limit,
    boolean higherIsBetter,
    String unit) {

  /** Every target the issues set for this machine (2 cores). */
  static final List<Target> ALL =
      List.of(
          new Target(
              "#3",
              "scoring core: features + all rules, one core",
              "jmh",
              "ScoringBenchmark.everything",
              200_000,
              true,
              "tx/s"),
          new Target(
              "#3",
              "sanctions screening, one core, full SDN + UN index (listed-name variants)",
              "jmh",
              "ScreeningBenchmark.listedNameVariants",
              20_000,
              true,
              "names/s"),
          new Target(
              "#3",
              "sanctions screening, one core (ordinary names)",
              "jmh",
              "ScreeningBenchmark.ordinaryNames",
              20_000,
              true,
              "names/s"),
          new Target(
              "#4",
              "champion fraud model, one row, one thread",
              "jmh",
              "ModelScoringBenchmark.flatTreesOneRow",
              20,
              false,
              "µs"),
          new Target(
              "#5",
              "Kafka Streams app, sustained, exactly-once",
              "streams-max",
              "throughput_tx_s",
              20_000,
              true,
              "tx/s"),
          new Target(
              "#5",
              "Kafka Streams app, p99 end-to-end at 5,000 tx/s offered",
              "streams-5k",
              "p99_ms",
              50,
              false,
              "ms"),
          new Target(
              "#6",
              "Flink AML job, parallelism 2",
              "flink",
              "throughput_tx_s",
              50_000,
              true,
              "tx/s"),
          new Target(
              "#7",
              "API alert list, 100,000 alerts in the store",
              "api",
              "req_s",
              2_000,
              true,
              "req/s"),
          new Target("#7", "API alert list, p99", "api", "p99_ms", 50, false, "ms"),
          new Target(
              "#9",
              "retention purge (1 M expired, 10,000 held)",
              "purge",
              "records_s",
              20_000,
              true,
              "records/s"));

  boolean met(double measured) {
    return higherIsBetter ? measured >= limit : measured <= limit;
  }
}
