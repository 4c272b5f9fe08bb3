package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 malformed records (random bytes, truncated Avro, blank fields, negative amounts, unknown
 * currencies, future timestamps) interleaved with valid ones on a real broker: the app never stops,
 * each bad record lands once in the DLQ with its reason and raw bytes, and every valid record
 * around them is scored.
 */
class MalformedInputIT {

  private static final int BAD = 10_000;
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
  void malformedRecordsAreDeadLetteredWithTheirReasonAndValidOnesStillScore() throws Exception {
    var bad = new MalformedRecords(11);
    var good = new TestTransactions(12, 300);
    Map<String, MalformedRecords.Bad> sentBad = new HashMap<>();
    List<Transaction> sentGood = new java.util.ArrayList<>();
    ScoringUnderTest core = ScoringUnderTest.create();
    try (var client = new KafkaTestClient(kafka.bootstrapServers());
        var app =
            new InProcessApp(kafka.bootstrapServers(), stateDir, core.scorer(), core.models())
                .start()) {
      for (int i = 0; i < BAD; i++) {
        MalformedRecords.Bad record = bad.next(i);
        String key = "bad-" + i;
        sentBad.put(key, record);
        client.send(TopicNames.TRANSACTIONS, key.getBytes(StandardCharsets.UTF_8), record.bytes());
        if (i % 2 == 0) {
          Transaction t = good.next();
          sentGood.add(t);
          client.send(
              TopicNames.TRANSACTIONS,
              ExactlyOnceDeliveryIT.bytes(t.getAccountId()),
              TestTransactions.encode(t));
        }
      }
      client.flush();
      long total = BAD + sentGood.size();
      client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, total, Duration.ofMinutes(2));

      List<DeadLetter> letters =
          client.readAll(TopicNames.TRANSACTIONS_DLQ, true).stream()
              .map(r -> FinNexusSerdes.deadLetterCodec().decode(r.value()))
              .toList();
      assertThat(letters).hasSize(BAD);
      assertThat(letters)
          .allSatisfy(
              letter -> {
                var sent =
                    sentBad.get(new String(letter.getRawKey().array(), StandardCharsets.UTF_8));
                assertThat(letter.getReasonCode()).isEqualTo(sent.expected().name());
                assertThat(letter.getRawValue().array()).isEqualTo(sent.bytes());
                assertThat(letter.getSource()).startsWith("transactions-");
              });
      assertThat(letters.stream().map(DeadLetter::getReasonCode).collect(Collectors.toSet()))
          .hasSize(5);
      List<String> scored =
          client.readAll(TopicNames.SCORED_TRANSACTIONS, true).stream()
              .map(
                  r ->
                      FinNexusSerdes.scoredTransactionCodec()
                          .decode(r.value())
                          .getTransaction()
                          .getTransactionId())
              .toList();
      assertThat(scored)
          .containsExactlyInAnyOrderElementsOf(
              sentGood.stream().map(Transaction::getTransactionId).toList());
      assertThat(app.streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
      double rejected =
          app.registry.find("finnexus.streams.transactions.rejected").counters().stream()
              .mapToDouble(c -> c.count())
              .sum();
      assertThat(rejected).isEqualTo(BAD);
    }
  }
}
