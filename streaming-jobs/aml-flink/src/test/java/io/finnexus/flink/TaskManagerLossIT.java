package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.embedded.history.HistoryCheck;
import io.finnexus.embedded.history.HistoryCheck.StoredAlert;
import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
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
    kafka.createTopics(1, "alerts-tm-clean", "alerts-tm-loss");
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void jobSurvivesTheLossOfATaskManagerWithoutLosingOrDuplicatingAlerts(
      @InjectMiniCluster MiniCluster cluster) throws Exception {
    start(new TrafficGeneratorFunction(11, 200, 60_000, LedgerMode.SINGLE_ENTRY, 0), "tm-clean", 0)
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
    List<String> clean =
        KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-tm-clean");
    List<String> recovered =
        KafkaTopicReader.readCommitted(kafka.bootstrapServers(), "alerts-tm-loss");
    assertThat(clean).hasSizeGreaterThan(20);
    HistoryCheck.after("the loss of a TaskManager")
        .alerts(
            "the recovered run's alerts topic",
            decode(clean).stream().map(StoredAlert::alertId).toList(),
            decode(recovered))
        .verify();
    assertThat(recovered)
        .as("byte for byte the clean run's alerts")
        .containsExactlyInAnyOrderElementsOf(clean);
  }

  /** The alerts of {@link KafkaTopicReader} records ({@code key|base64(value)}). */
  private static List<StoredAlert> decode(List<String> records) {
    return records.stream()
        .map(r -> FinNexusSerdes.alertCodec().decode(Base64.getDecoder().decode(r.split("\\|")[1])))
        .map(a -> new StoredAlert(a.getAlertId(), List.copyOf(a.getTransactionIds())))
        .toList();
  }

  private JobClient start(
      GeneratorFunction<Long, ParsedTransaction> generator, String name, int restarts)
      throws Exception {
    return RecoveryRuns.prepare(
            generator, COUNT, kafka.bootstrapServers(), checkpoints, name, restarts)
        .executeAsync("recovery-" + name);
  }
}
