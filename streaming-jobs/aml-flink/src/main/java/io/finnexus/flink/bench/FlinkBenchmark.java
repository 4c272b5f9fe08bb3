package io.finnexus.flink.bench;

import io.finnexus.flink.AmlMonitoringJob;
import io.finnexus.flink.FlinkEnvironments;
import io.finnexus.flink.JobSettings;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.runtime.checkpoint.CheckpointStatsSnapshot;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Throughput of the whole AML job on an in-process MiniCluster: {@code --tx N} synthetic
 * transactions (Avro-encoded, decoded and validated as from Kafka; planted patterns in every block)
 * through the real graph with RocksDB state and exactly-once checkpoints; alerts are counted, not
 * written to Kafka. Prints records/s and checkpoint duration and size; the last line is {@code
 * BENCH flink throughput_tx_s=X checkpoint_ms=Y} (Y = mean end-to-end checkpoint duration).
 *
 * <p>Run from the job jar: {@code java -cp aml-flink.jar io.finnexus.flink.bench.FlinkBenchmark
 * --tx 2000000} (other options: {@code --parallelism}, {@code --accounts}, {@code
 * --checkpoint-interval}, {@code --state-backend}).
 */
public final class FlinkBenchmark {
  private FlinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions o = BenchOptions.parse(args);
    Path dir = Files.createTempDirectory("finnexus-flink-bench");
    JobSettings settings =
        JobSettings.parse(
            "--parallelism", Integer.toString(o.parallelism()),
            "--checkpoint-interval", o.checkpointInterval(),
            "--checkpoint-dir", dir.resolve("checkpoints").toUri().toString(),
            "--state-backend", o.stateBackend(),
            "--ledger-mode", "SINGLE_ENTRY",
            "--cycle-max-hops", Integer.toString(o.cycleMaxHops()));
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestOptions.BIND_PORT, "0");
    conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse(o.managedMemory()));
    if (o.heapTimers()) {
      conf.setString("state.backend.rocksdb.timer-service.factory", "HEAP");
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(o.parallelism());
    new AmlMonitoringJob(
            new DataGeneratorSource<>(
                new TrafficGeneratorFunction(17, o.accounts(), 5_000, LedgerMode.SINGLE_ENTRY, 0),
                o.tx(),
                TypeInformation.of(ParsedTransaction.class)),
            new DataGeneratorSource<>(
                i -> new RuleUpdate(), 0, TypeInformation.of(RuleUpdate.class)),
            new CountingSink<AlertRecord>(true),
            new CountingSink<ParsedTransaction>(false),
            new CountingSink<ParsedTransaction>(false),
            settings)
        .build(env);
    JobGraph job = env.getStreamGraph().getJobGraph();
    System.out.printf(
        Locale.ROOT,
        "flink bench: tx=%d parallelism=%d backend=%s accounts=%d checkpoint-interval=%s%n",
        o.tx(),
        o.parallelism(),
        o.stateBackend(),
        o.accounts(),
        o.checkpointInterval());
    report(o, runOnMiniCluster(conf, o.parallelism(), job));
  }

  private record Outcome(JobResult result, CheckpointStatsSnapshot checkpoints) {}

  private static Outcome runOnMiniCluster(Configuration conf, int slots, JobGraph job)
      throws Exception {
    MiniClusterConfiguration cluster =
        new MiniClusterConfiguration.Builder()
            .setConfiguration(conf)
            .setNumTaskManagers(1)
            .setNumSlotsPerTaskManager(slots)
            .build();
    try (MiniCluster mini = new MiniCluster(cluster)) {
      mini.start();
      JobID id = mini.submitJob(job).get().getJobID();
      JobResult result = mini.requestJobResult(id).get();
      CheckpointStatsSnapshot stats =
          mini.getArchivedExecutionGraph(id).get().getCheckpointStatsSnapshot();
      return new Outcome(result, stats);
    }
  }

  private static void report(BenchOptions o, Outcome outcome) {
    if (!outcome.result().isSuccess()) {
      throw new IllegalStateException(
          "benchmark job failed", outcome.result().getSerializedThrowable().orElse(null));
    }
    double seconds = outcome.result().getNetRuntime() / 1000.0;
    double throughput = o.tx() / seconds;
    var summary = outcome.checkpoints().getSummaryStats();
    long completed = outcome.checkpoints().getCounts().getNumberOfCompletedCheckpoints();
    long avgMs = summary.getEndToEndDurationStats().getAverage();
    System.out.printf(Locale.ROOT, "  job runtime        %.1f s%n", seconds);
    System.out.printf(Locale.ROOT, "  throughput         %.0f tx/s%n", throughput);
    System.out.printf(
        Locale.ROOT,
        "  alerts emitted     %d (dead letters %d)%n",
        CountingSink.ALERTS.get(),
        CountingSink.DEAD_LETTERS.get());
    System.out.printf(
        Locale.ROOT,
        "  checkpoints        %d completed, %d failed; duration avg %d ms, max %d ms%n",
        completed,
        outcome.checkpoints().getCounts().getNumberOfFailedCheckpoints(),
        avgMs,
        summary.getEndToEndDurationStats().getMaximum());
    System.out.printf(
        Locale.ROOT,
        "  checkpoint size    avg %d bytes uploaded (incremental), full state avg %d bytes%n",
        summary.getCheckpointedSize().getAverage(),
        summary.getStateSizeStats().getAverage());
    System.out.printf(
        Locale.ROOT, "BENCH flink throughput_tx_s=%.0f checkpoint_ms=%d%n", throughput, avgMs);
  }
}
