package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once end to end through a real (embedded) Kafka broker: the job fails part-way (an
 * injected exception), restarts from its last checkpoint, and the alerts a read_committed consumer
 * sees are exactly those of a clean run of the same input: none lost, none duplicated.
 */
class ExactlyOnceRecoveryIT {
  static final long COUNT = 4_000;
  static final long FAIL_AT = 2_600;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static EmbeddedKafka kafka;

  @TempDir Path checkpoints;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.ephemeral().start();
    kafka.createTopics(1, "alerts-clean", "alerts-recovered");
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void recoveredRunWritesExactlyTheAlertsOfACleanRun() throws Exception {
    run(new TrafficGeneratorFunction(7, 200, 60_000, LedgerMode.SINGLE_ENTRY, 0), "clean", 0);
    FailingTrafficGenerator.FAILED.set(false);
    run(new FailingTrafficGenerator(7, 200, 60_000, FAIL_AT), "recovered", 3);

    assertThat(FailingTrafficGenerator.FAILED).isTrue();
    List<String> clean = KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-clean");
    List<String> recovered =
        KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-recovered");
    assertThat(clean).hasSizeGreaterThan(20);
    assertThat(recovered).containsExactlyInAnyOrderElementsOf(clean);
  }

  private void run(GeneratorFunction<Long, ParsedTransaction> generator, String name, int restarts)
      throws Exception {
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap", kafka.bootstrapServers(),
            "--parallelism", "2",
            "--source-parallelism", "1",
            "--checkpoint-interval", "PT0.2S",
            "--checkpoint-dir", checkpoints.resolve(name).toUri().toString(),
            "--transactional-id-prefix", "eo-it-" + name,
            "--transaction-timeout", "PT2M",
            "--ledger-mode", "SINGLE_ENTRY");
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, restarts == 0 ? "none" : "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    DataGeneratorSource<ParsedTransaction> source =
        new DataGeneratorSource<>(
            generator,
            COUNT,
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
    env.execute("exactly-once-" + name);
  }
}
