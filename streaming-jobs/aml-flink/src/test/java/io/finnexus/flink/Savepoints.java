package io.finnexus.flink;

import io.finnexus.flink.event.ParsedTransaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The savepoint tests' job set-up, and stop-with-savepoint while tasks may still be deploying. */
final class Savepoints {

  private Savepoints() {}

  /**
   * Stops {@code job} with a savepoint under {@code directory}; while Flink refuses because a task
   * is not running yet (deploying or initialising on a busy machine), tries again for up to a
   * minute. Any other failure is thrown at once.
   */
  static String stopOnceRunning(JobClient job, String directory) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      try {
        return job.stopWithSavepoint(false, directory, SavepointFormatType.CANONICAL).get();
      } catch (ExecutionException e) {
        boolean notRunningYet = String.valueOf(e.getMessage()).contains("not being executed");
        if (!notRunningYet || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  /**
   * The AML job over {@code count} generated transactions (1,500/s) into collecting sinks named
   * {@code <sinks>-alerts-<name>}, {@code -dlq-} and {@code -late-}; parallelism 2, checkpoints
   * every 0.5 s under {@code dir}, no restarts, resumed from {@code savepoint} when given.
   */
  static StreamExecutionEnvironment job(
      Path dir,
      String name,
      String savepoint,
      GeneratorFunction<Long, ParsedTransaction> traffic,
      long count,
      String sinks)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--parallelism", "2",
                "--source-parallelism", "1",
                "--checkpoint-interval", "PT0.5S",
                "--checkpoint-dir", dir.resolve("cp-" + name).toUri().toString(),
                "--ledger-mode", "SINGLE_ENTRY"));
    if (savepoint != null) {
      args.addAll(List.of("--from-savepoint", savepoint));
    }
    JobSettings settings = JobSettings.parse(args.toArray(String[]::new));
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    new AmlMonitoringJob(
            new DataGeneratorSource<>(
                traffic,
                count,
                RateLimiterStrategy.perSecond(1_500),
                TypeInformation.of(ParsedTransaction.class)),
            TestSources.noRules(),
            new CollectingSink<>(sinks + "-alerts-" + name),
            new CollectingSink<>(sinks + "-dlq-" + name),
            new CollectingSink<>(sinks + "-late-" + name),
            settings)
        .build(env);
    return env;
  }
}
