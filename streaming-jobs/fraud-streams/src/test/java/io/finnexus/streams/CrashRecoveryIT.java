package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash mid-stream: the app (a child JVM) is killed with SIGKILL while transactions flow in, a
 * new instance takes over, and a read_committed reader still sees exactly one scored record per
 * transaction and no alert twice; the killed instance's uncommitted output is aborted.
 */
class CrashRecoveryIT {

  private static final int N = 20_000;
  private static final int RATE_PER_SECOND = 5_000;
  private static EmbeddedKafka kafka;

  @TempDir Path work;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.ephemeral().start();
    kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  @Test
  void aKilledInstanceIsReplacedWithoutLossOrDuplicates() throws Exception {
    List<Transaction> input = new TestTransactions(99, 1_000).next(N);
    Path state = Files.createDirectories(work.resolve("state"));
    try (var client = new KafkaTestClient(kafka.bootstrapServers());
        var first = ChildApp.start(mainClass(), kafka.bootstrapServers(), state, log("first"))) {
      Thread producer = new Thread(() -> produce(client, input), "it-producer");
      producer.start();
      client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, N / 5, Duration.ofMinutes(1));
      first.kill();
      long committedAtKill = client.committed("fraud-scoring", TopicNames.TRANSACTIONS);
      assertThat(committedAtKill).isLessThan(N);

      try (var second =
          ChildApp.start(mainClass(), kafka.bootstrapServers(), state, log("second"))) {
        producer.join();
        client.flush(); // fails here if the test producer lost input
        client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, N, Duration.ofMinutes(2));
        assertThat(second.stop()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(Files.readString(log("second"))).contains("stopped cleanly");
      }
      List<String> scoredIds =
          client.readAll(TopicNames.SCORED_TRANSACTIONS, true).stream()
              .map(r -> FinNexusSerdes.scoredTransactionCodec().decode(r.value()))
              .map(s -> s.getTransaction().getTransactionId())
              .toList();
      assertThat(scoredIds).hasSize(N).doesNotHaveDuplicates();
      List<String> alertIds =
          ExactlyOnceDeliveryIT.alertIds(client.readAll(TopicNames.ALERTS, true));
      assertThat(alertIds)
          .as("no alert emitted twice: same emissions as the replay path")
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(ScoringUnderTest.replayAlertIds(input));
      int uncommitted = client.readAll(TopicNames.SCORED_TRANSACTIONS, false).size();
      System.out.printf(
          "crash at %d of %d committed; %d scored records written in total, %d aborted%n",
          committedAtKill, N, uncommitted, uncommitted - N);
    }
  }

  private static void produce(KafkaTestClient client, List<Transaction> input) {
    long start = System.nanoTime();
    for (int i = 0; i < input.size(); i++) {
      Transaction t = input.get(i);
      client.send(
          TopicNames.TRANSACTIONS,
          ExactlyOnceDeliveryIT.bytes(t.getAccountId()),
          TestTransactions.encode(t));
      long due = start + i * 1_000_000_000L / RATE_PER_SECOND;
      while (System.nanoTime() < due) {
        Thread.onSpinWait();
      }
    }
    client.flush();
  }

  /** Child logs stay in target/ for a post-mortem. */
  private static Path log(String name) {
    return Path.of("target", "crash-recovery-it-" + name + ".log");
  }

  /** The production entry point, with the production core binding. */
  private static String mainClass() {
    return FraudStreamsApp.class.getName();
  }
}
