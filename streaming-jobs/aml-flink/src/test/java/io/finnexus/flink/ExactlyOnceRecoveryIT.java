package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
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
    RecoveryRuns.prepare(generator, COUNT, kafka.bootstrapServers(), checkpoints, name, restarts)
        .execute("exactly-once-" + name);
  }
}
