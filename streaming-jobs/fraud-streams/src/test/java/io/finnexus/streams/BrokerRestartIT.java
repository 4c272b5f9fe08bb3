package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.embedded.history.HistoryCheck;
import io.finnexus.embedded.history.HistoryCheck.StoredAlert;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault matrix, broker restart during streaming: transactions flow into the running app, the (only)
 * broker is stopped and started again on the same log directory and port while the app is part-way
 * through them, more transactions follow. The app rides it out without a restart of its own, and
 * the recorded history is exactly once: every transaction scored once, every alert emitted as often
 * as the replay path emits it, none about a transaction never produced.
 */
class BrokerRestartIT {

  private static final int N = 6_000;

  @TempDir Path work;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aBrokerRestartMidStreamLosesAndDuplicatesNothing() throws Exception {
    List<Transaction> input = new TestTransactions(11, 1_000).next(N);
    EmbeddedKafka kafka = EmbeddedKafka.persistent(work.resolve("kafka")).start();
    try (kafka;
        var client = new KafkaTestClient(kafka.bootstrapServers())) {
      kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
      ScoringUnderTest core = ScoringUnderTest.create();
      try (var app =
          new InProcessApp(
                  kafka.bootstrapServers(), work.resolve("state"), core.scorer(), core.models())
              .start()) {
        produce(client, input.subList(0, N / 2));
        client.awaitCommitted(
            "fraud-scoring", TopicNames.TRANSACTIONS, N / 10, Duration.ofSeconds(45));

        long restart = System.nanoTime();
        kafka.close();
        kafka.start();
        System.out.printf("broker down and back in %.1f s%n", (System.nanoTime() - restart) / 1e9);

        produce(client, input.subList(N / 2, N));
        client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, N, Duration.ofSeconds(90));
        assertThat(app.streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
      }
      List<String> scored =
          client.readAll(TopicNames.SCORED_TRANSACTIONS, true).stream()
              .map(r -> FinNexusSerdes.scoredTransactionCodec().decode(r.value()))
              .map(s -> s.getTransaction().getTransactionId())
              .toList();
      List<StoredAlert> alerts =
          client.readAll(TopicNames.ALERTS, true).stream()
              .map(r -> FinNexusSerdes.alertCodec().decode(r.value()))
              .map(BrokerRestartIT::stored)
              .toList();
      HistoryCheck.after("a broker restart during streaming")
          .inputsProduced(input.stream().map(Transaction::getTransactionId).toList())
          .processedOncePerInput("scored transactions", scored)
          .alerts("the alerts topic", ScoringUnderTest.replayAlertIds(input), alerts)
          .verify();
    }
  }

  private static void produce(KafkaTestClient client, List<Transaction> transactions) {
    for (Transaction t : transactions) {
      client.send(
          TopicNames.TRANSACTIONS,
          ExactlyOnceDeliveryIT.bytes(t.getAccountId()),
          TestTransactions.encode(t));
    }
    client.flush();
  }

  private static StoredAlert stored(Alert alert) {
    return new StoredAlert(alert.getAlertId(), List.copyOf(alert.getTransactionIds()));
  }
}
