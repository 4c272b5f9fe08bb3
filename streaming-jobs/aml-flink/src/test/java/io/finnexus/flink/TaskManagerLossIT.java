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
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskManager is lost mid-stream (terminated, then replaced by a fresh one, as an orchestrator
 * would): the job restarts from its last checkpoint on the new TaskManager, and the alerts a
 * read_committed consumer sees are exactly those of a clean run of the same input.
 */
class TaskManagerLossIT {
  static final long COUNT = 4_000;
  static final long KILL_AT = 2_400;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(2)
              .setNumberSlotsPerTaskManager(1)
              .build());

  static EmbeddedKafka kafka;

  @TempDir Path checkpoints;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.ephemeral().start();
    kafka.createTopics(1, "alerts-clean", "alerts-tm-loss");
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void jobSurvivesTheLossOfATaskManagerWithoutLosingOrDuplicatingAlerts(
      @InjectMiniCluster MiniCluster cluster) throws Exception {
    start(new TrafficGeneratorFunction(11, 200, 60_000, LedgerMode.SINGLE_ENTRY, 0), "clean", 0)
        .getJobExecutionResult()
        .get(120, TimeUnit.SECONDS);

    JobClient job = start(new SignallingTrafficGenerator(11, 200, 60_000, KILL_AT), "tm-loss", 3);
    assertThat(SignallingTrafficGenerator.REACHED.await(90, TimeUnit.SECONDS)).isTrue();
    cluster.terminateTaskManager(0).get(30, TimeUnit.SECONDS);
    cluster.startTaskManager();
    job.getJobExecutionResult().get(150, TimeUnit.SECONDS);

    assertThat(SignallingTrafficGenerator.REPLAYED)
        .as("the job restarted from a checkpoint and replayed the records after it")
        .isTrue();
    List<String> clean = KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-clean");
    List<String> recovered =
        KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-tm-loss");
    assertThat(clean).hasSizeGreaterThan(20);
    assertThat(recovered).containsExactlyInAnyOrderElementsOf(clean);
  }

  private JobClient start(
      GeneratorFunction<Long, ParsedTransaction> generator, String name, int restarts)
      throws Exception {
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap", kafka.bootstrapServers(),
            "--parallelism", "2",
            "--source-parallelism", "1",
            "--checkpoint-interval", "PT0.2S",
            "--checkpoint-dir", checkpoints.resolve(name).toUri().toString(),
            "--transactional-id-prefix", "tm-loss-it-" + name,
            "--transaction-timeout", "PT2M",
            "--ledger-mode", "SINGLE_ENTRY");
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, restarts == 0 ? "none" : "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
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
    return env.executeAsync("tm-loss-" + name);
  }
}
