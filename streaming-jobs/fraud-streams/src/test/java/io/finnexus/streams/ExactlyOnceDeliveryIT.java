package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery against a real broker: N generated transactions in, exactly N scored records out for a
 * read_committed consumer, one per transaction, and exactly the alert emissions the core's replay
 * path makes for the same input (same ids, same number of re-emissions per episode). N is {@code
 * -Dstreams.it.tx}, by default the 100,000 (about 20 s on two cores).
 */
class ExactlyOnceDeliveryIT {

  private static final int N = Integer.getInteger("streams.it.tx", 100_000);
  private static EmbeddedKafka kafka;

  @TempDir Path stateDir;

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
  void everyTransactionIsScoredExactlyOnceAndAlertsMatchTheReplay() throws Exception {
    List<Transaction> input = new TestTransactions(2026, 2_000).next(N);
    ScoringUnderTest core = ScoringUnderTest.create();
    try (var client = new KafkaTestClient(kafka.bootstrapServers());
        var app =
            new InProcessApp(kafka.bootstrapServers(), stateDir, core.scorer(), core.models())
                .start()) {
      for (Transaction t : input) {
        client.send(TopicNames.TRANSACTIONS, bytes(t.getAccountId()), TestTransactions.encode(t));
      }
      client.flush();
      long started = System.nanoTime();
      client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, N, Duration.ofMinutes(2));
      System.out.printf(
          "%d transactions scored and committed %.1f s after the last was produced%n",
          N, (System.nanoTime() - started) / 1e9);

      List<ConsumerRecord<byte[], byte[]>> scored =
          client.readAll(TopicNames.SCORED_TRANSACTIONS, true);
      List<String> scoredIds =
          scored.stream()
              .map(r -> FinNexusSerdes.scoredTransactionCodec().decode(r.value()))
              .map(s -> s.getTransaction().getTransactionId())
              .toList();
      assertThat(scoredIds).hasSize(N).doesNotHaveDuplicates();
      assertThat(Set.copyOf(scoredIds))
          .isEqualTo(input.stream().map(Transaction::getTransactionId).collect(Collectors.toSet()));

      List<String> alertIds = alertIds(client.readAll(TopicNames.ALERTS, true));
      assertThat(alertIds).isNotEmpty();
      assertThat(alertIds)
          .as("alert emissions, same ids and counts as the replay path")
          .containsExactlyInAnyOrderElementsOf(ScoringUnderTest.replayAlertIds(input));
      assertThat(app.streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
  }

  static List<String> alertIds(List<ConsumerRecord<byte[], byte[]>> alerts) {
    return alerts.stream()
        .map(r -> FinNexusSerdes.alertCodec().decode(r.value()).getAlertId())
        .toList();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
