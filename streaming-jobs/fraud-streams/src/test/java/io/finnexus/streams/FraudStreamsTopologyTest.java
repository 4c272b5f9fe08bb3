package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.fraud.AccountProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every branch of the topology with the real scoring core: valid and rejected input, per-account
 * state, alert and no alert, a model swap mid-stream, shadow scoring, idle-state expiry.
 */
class FraudStreamsTopologyTest {

  @TempDir Path stateDir;
  private TopologyHarness app;

  @BeforeEach
  void start() {
    ScoringUnderTest core = ScoringUnderTest.create();
    app = new TopologyHarness(core.scorer(), core.models(), stateDir);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void everyValidTransactionIsScoredOnceKeyedByItsTransactionIdAndTheAccountLearnsIt() {
    List<Transaction> input = new TestTransactions(1, 5).next(40);
    input.forEach(app::send);

    var out = app.scored.readKeyValuesToList();
    assertThat(out).hasSize(40);
    assertThat(out)
        .allSatisfy(
            kv -> assertThat(kv.key).isEqualTo(kv.value.getTransaction().getTransactionId()));
    assertThat(out.stream().map(kv -> kv.value.getTransaction().getTransactionId()))
        .containsExactlyElementsOf(input.stream().map(Transaction::getTransactionId).toList());
    String account = input.get(39).getAccountId();
    long seen = input.stream().filter(t -> t.getAccountId().equals(account)).count();
    KeyValueStore<String, ValueAndTimestamp<byte[]>> store =
        app.driver.getTimestampedKeyValueStore(FraudStreamsApp.ACCOUNT_STATE_STORE);
    assertThat(AccountProfile.fromBytes(store.get(account).value()).history()).isEqualTo(seen);
    assertThat(app.deadLetters.isEmpty()).isTrue();
    assertThat(app.counter("finnexus.streams.transactions.scored")).isEqualTo(40);
  }

  @Test
  void rejectedRecordsGoToTheDeadLettersWithReasonSourceAndRawBytes() {
    var bad = new MalformedRecords(7);
    for (int i = 0; i < 6; i++) {
      MalformedRecords.Bad record = bad.next(i);
      app.sendRaw("k" + i, record.bytes());
      DeadLetter letter = app.deadLetters.readValue();
      assertThat(letter.getReasonCode()).isEqualTo(record.expected().name());
      assertThat(letter.getRawValue().array()).isEqualTo(record.bytes());
      assertThat(letter.getRawKey().array()).isEqualTo(TopologyHarness.key("k" + i));
      assertThat(letter.getSource()).isEqualTo("transactions-0@" + i);
    }
    app.sendRaw(null, null);
    assertThat(app.deadLetters.readValue().getReasonCode()).isEqualTo("UNDECODABLE");
    app.sendRaw("erased-account", null);
    assertThat(app.deadLetters.isEmpty()).as("a tombstone is skipped, not dead-lettered").isTrue();
    assertThat(app.scored.isEmpty()).isTrue();
    assertThat(app.counter("finnexus.streams.transactions.rejected", "reason", "NEGATIVE_AMOUNT"))
        .isEqualTo(1);
  }

  @Test
  void cardTestingRaisesAnExplainedAlertWhileOrdinarySpendDoesNot() {
    Transaction ordinary = new TestTransactions(2, 3).next();
    app.send(ordinary);
    assertThat(app.alerts.isEmpty()).isTrue();

    List<Transaction> probes = cardProbes("acct-probed", 6);
    probes.forEach(app::send);

    List<Alert> alerts = app.alerts.readValuesToList();
    assertThat(alerts).isNotEmpty();
    assertThat(alerts).extracting(Alert::getTypology).containsOnly("CARD_TESTING");
    assertThat(alerts).extracting(Alert::getAccountId).containsOnly("acct-probed");
    assertThat(alerts.get(0).getSummary()).isNotBlank();
    assertThat(alerts.get(0).getFeatures()).isNotEmpty();
    assertThat(alerts).extracting(Alert::getAlertId).containsOnly(alerts.get(0).getAlertId());
    var scored = app.scored.readValuesToList();
    assertThat(scored.get(0).getAlerted()).isFalse();
    assertThat(scored.get(scored.size() - 1).getAlerted()).isTrue();
    assertThat(scored.get(scored.size() - 1).getRuleHits()).contains("CARD_TESTING");
    assertThat(app.counter("finnexus.streams.alerts")).isEqualTo(alerts.size());
  }

  @Test
  void aModelEventSwapsTheChampionBetweenTwoTransactionsWithoutARestart() {
    var gen = new TestTransactions(4, 3);
    app.send(gen.next());
    app.sendModelEvent(
        "gbt-a",
        "1",
        ModelStage.CHAMPION,
        TestTransactions.START,
        TestModels.constant("gbt-a", "1", 0.73));
    app.send(gen.next());

    List<ScoredTransaction> out = app.scored.readValuesToList();
    assertThat(out.get(0).getModelId()).isNull();
    assertThat(out.get(0).getModelScore()).isNull();
    assertThat(out.get(1).getModelId()).isEqualTo("gbt-a");
    assertThat(out.get(1).getModelVersion()).isEqualTo("1");
    assertThat(out.get(1).getModelScore()).isCloseTo(0.73, within(1e-4));
    assertThat(out.get(1).getRiskScore()).isGreaterThanOrEqualTo(0.73 - 1e-4);
    assertThat(app.counter("finnexus.streams.model.swaps")).isEqualTo(1);
  }

  @Test
  void shadowChallengersAreScoredAndRecordedButNeverActedOnAndRetiredOnesAreDropped() {
    var gen = new TestTransactions(5, 3);
    app.sendModelEvent(
        "gbt-a",
        "1",
        ModelStage.CHAMPION,
        TestTransactions.START,
        TestModels.constant("gbt-a", "1", 0.1));
    app.sendModelEvent(
        "gbt-b",
        "2",
        ModelStage.SHADOW,
        TestTransactions.START.plusSeconds(1),
        TestModels.constant("gbt-b", "2", 0.99));
    app.send(gen.next());
    app.sendModelEvent("gbt-b", "2", ModelStage.RETIRED, TestTransactions.START.plusSeconds(2));
    app.send(gen.next());

    var out = app.scored.readValuesToList();
    assertThat(out.get(0).getShadowScores()).containsOnlyKeys("gbt-b:2");
    assertThat(out.get(0).getShadowScores().get("gbt-b:2")).isCloseTo(0.99, within(1e-4));
    assertThat(out.get(0).getRiskScore()).isLessThan(0.5);
    assertThat(out.get(1).getShadowScores()).isEmpty();
    assertThat(out).extracting(ScoredTransaction::getModelId).containsOnly("gbt-a");
  }

  @Test
  void retiringTheLastServingModelFallsBackToTheStartupLineup() {
    var gen = new TestTransactions(9, 3);
    app.sendModelEvent(
        "gbt-b",
        "2",
        ModelStage.SHADOW,
        TestTransactions.START,
        TestModels.constant("gbt-b", "2", 0.4));
    app.send(gen.next());
    app.sendModelEvent("gbt-b", "2", ModelStage.RETIRED, TestTransactions.START.plusSeconds(1));
    app.send(gen.next());

    var out = app.scored.readValuesToList();
    assertThat(out.get(0).getShadowScores()).containsOnlyKeys("gbt-b:2");
    assertThat(out.get(1).getShadowScores()).isEmpty();
    assertThat(out).extracting(ScoredTransaction::getModelId).containsOnlyNulls();
  }

  @Test
  void aLineupWhoseArtifactCannotBeHadIsRefusedAndTheCurrentOneKeepsServing() {
    var gen = new TestTransactions(8, 3);
    app.sendModelEvent(
        "gbt-a",
        "1",
        ModelStage.CHAMPION,
        TestTransactions.START,
        TestModels.constant("gbt-a", "1", 0.3));
    app.sendModelEvent("gbt-x", "9", ModelStage.CHAMPION, TestTransactions.START.plusSeconds(5));
    app.send(gen.next());

    assertThat(app.scored.readValue().getModelId()).isEqualTo("gbt-a");
    assertThat(app.counter("finnexus.streams.model.events.ignored")).isEqualTo(1);
  }

  @Test
  void accountsIdleLongerThanTheRetentionLoseTheirStateAndOthersKeepIt() {
    var gen = new TestTransactions(6, 1);
    Transaction old = gen.next();
    Transaction other =
        Transaction.newBuilder(gen.next())
            .setAccountId("acct-new")
            .setEventTime(old.getEventTime().plus(Duration.ofDays(36)))
            .build();
    app.send(old);
    app.send(other);
    app.driver.advanceWallClockTime(Duration.ofHours(2));

    KeyValueStore<String, ValueAndTimestamp<byte[]>> store =
        app.driver.getTimestampedKeyValueStore(FraudStreamsApp.ACCOUNT_STATE_STORE);
    assertThat(store.get(old.getAccountId())).isNull();
    assertThat(store.get("acct-new")).isNotNull();
  }

  /** {@code n} card authorisations of 1.00 at distinct merchants, a minute apart. */
  private static List<Transaction> cardProbes(String account, int n) {
    var base = new TestTransactions(3, 1).next();
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(
            i ->
                Transaction.newBuilder(base)
                    .setTransactionId("probe-" + i)
                    .setAccountId(account)
                    .setChannel(Channel.CARD)
                    .setCardId("card-probed")
                    .setMerchantId("probe-merchant-" + i)
                    .setCounterpartyAccountId("probe-merchant-" + i)
                    .setMerchantCategory("5999")
                    .setAmount(new BigDecimal("1.0000"))
                    .setEventTime(base.getEventTime().plus(Duration.ofMinutes(i)))
                    .build())
        .toList();
  }
}
