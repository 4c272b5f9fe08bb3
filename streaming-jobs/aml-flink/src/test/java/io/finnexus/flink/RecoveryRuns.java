package io.finnexus.flink;

import io.finnexus.flink.event.ParsedTransaction;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The AML job as the recovery ITs run it: synthetic traffic at 2,000 tx/s, parallelism 2,
 * checkpoints every 200 ms, alerts to {@code alerts-<name>} on a real broker with exactly-once
 * delivery, and a fixed-delay restart strategy ({@code restarts} = 0: none).
 */
final class RecoveryRuns {

  private RecoveryRuns() {}

  static StreamExecutionEnvironment prepare(
      GeneratorFunction<Long, ParsedTransaction> generator,
      long count,
      String bootstrap,
      Path checkpoints,
      String name,
      int restarts) {
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap", bootstrap,
            "--parallelism", "2",
            "--source-parallelism", "1",
            "--checkpoint-interval", "PT0.2S",
            "--checkpoint-dir", checkpoints.resolve(name).toUri().toString(),
            "--transactional-id-prefix", "recovery-it-" + name,
            "--transaction-timeout", "PT2M",
            "--ledger-mode", "SINGLE_ENTRY");
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, restarts == 0 ? "none" : "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(300));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    DataGeneratorSource<ParsedTransaction> source =
        new DataGeneratorSource<>(
            generator,
            count,
            RateLimiterStrategy.perSecond(2_000),
            TypeInformation.of(ParsedTransaction.class));
    new AmlMonitoringJob(
            source,
            TestSources.noRules(),
            KafkaWiring.alertsSink(settings, "alerts-" + name),
            new CollectingSink<>("dlq-" + name),
            new CollectingSink<>("late-" + name),
            settings)
        .build(env);
    return env;
  }
}
