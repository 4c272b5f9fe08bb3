package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.streams.score.AccountScorer;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorer that fails on one record (a bug, or corrupt state) must not stop scoring for everyone:
 * the record goes to the dead letters as SCORING_ERROR with its bytes, its account keeps the state
 * it had, and the records after it are scored.
 */
class ScoringFailureTopologyTest {
  private static final String POISON = "poison-tx";

  @TempDir Path stateDir;
  private TopologyHarness app;

  @BeforeEach
  void start() {
    ScoringUnderTest core = ScoringUnderTest.create();
    AccountScorer real = core.scorer();
    AccountScorer failingOnce =
        (tx, state) -> {
          if (tx.getTransactionId().equals(POISON)) {
            throw new IllegalStateException("scorer bug on " + tx.getTransactionId());
          }
          return real.score(tx, state);
        };
    app = new TopologyHarness(failingOnce, core.models(), stateDir);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aRecordTheScorerFailsOnGoesToTheDeadLettersAndTheStreamGoesOn() {
    List<Transaction> input = new TestTransactions(11, 1).next(3);
    Transaction poison = Transaction.newBuilder(input.get(1)).setTransactionId(POISON).build();
    app.send(input.get(0));
    KeyValueStore<String, ValueAndTimestamp<byte[]>> store =
        app.driver.getTimestampedKeyValueStore(FraudStreamsApp.ACCOUNT_STATE_STORE);
    byte[] stateBefore = store.get(poison.getAccountId()).value();

    app.send(poison);
    assertThat(store.get(poison.getAccountId()).value())
        .as("the account keeps the state it had before the failed record")
        .isEqualTo(stateBefore);
    app.send(input.get(2));

    DeadLetter letter = app.deadLetters.readValue();
    assertThat(letter.getReasonCode()).isEqualTo("SCORING_ERROR");
    assertThat(letter.getDetail()).contains("scorer bug on " + POISON);
    assertThat(FinNexusSerdes.transactionCodec().decode(letter.getRawValue().array()))
        .as("the dead letter holds the record for replay")
        .isEqualTo(poison);
    assertThat(app.scored.readValuesToList())
        .extracting(s -> s.getTransaction().getTransactionId())
        .containsExactly(input.get(0).getTransactionId(), input.get(2).getTransactionId());
    assertThat(app.counter("finnexus.streams.transactions.rejected", "reason", "SCORING_ERROR"))
        .isEqualTo(1);
  }
}
