package io.finnexus.flink.aml;

import static io.finnexus.flink.aml.Legs.DAY;
import static io.finnexus.flink.aml.Legs.HOUR;
import static io.finnexus.flink.aml.Legs.T0;
import static io.finnexus.flink.aml.Legs.cashIn;
import static io.finnexus.flink.aml.Legs.transferOut;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.scoring.aml.CycleLimits;
import io.finnexus.scoring.aml.PathToken;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountMonitorFunctionTest {
  static final Duration RETENTION = Duration.ofDays(180);

  KeyedBroadcastOperatorTestHarness<String, TracedLeg, RuleUpdate, AlertRecord> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new AccountMonitorFunction(CycleLimits.defaults(), RETENTION),
            TracedLeg::account,
            Types.STRING,
            AccountMonitorFunction.RULES);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  @Test
  void threeCashDepositsJustUnderTheLineRaiseOneStructuringEpisode() throws Exception {
    deposit("d1", 950_000, T0);
    deposit("d2", 960_000, T0 + DAY);
    deposit("d3", 970_000, T0 + 2 * DAY);

    List<AlertRecord> alerts = harness.extractOutputValues();
    assertThat(alerts).extracting(a -> a.typology).containsExactly("STRUCTURING");
    assertThat(alerts.get(0).accountId).isEqualTo("A");
  }

  @Test
  void aRuleReleaseChangesThresholdsWithoutARestart() throws Exception {
    harness.processBroadcastElement(new RuleUpdate("v2", "structuringMinDeposits=2"), T0);
    deposit("d1", 950_000, T0);
    deposit("d2", 960_000, T0 + DAY);

    assertThat(harness.extractOutputValues()).extracting(a -> a.typology).contains("STRUCTURING");
  }

  @Test
  void aMalformedRuleReleaseIsIgnored() throws Exception {
    harness.processBroadcastElement(new RuleUpdate("bad", "structuringMinDeposits=two"), T0);
    deposit("d1", 950_000, T0);
    deposit("d2", 960_000, T0 + DAY);

    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void aTransferToAMonitoredAccountSendsAFirstHopToken() throws Exception {
    harness.processElement(new StreamRecord<>(transferOut("t1", "A", "B", 500_000, T0), T0));

    List<PathToken> tokens =
        harness.getSideOutput(AccountMonitorFunction.TOKENS).stream()
            .map(r -> r.getValue().token)
            .toList();
    assertThat(tokens).hasSize(1);
    assertThat(tokens.get(0).receiver()).isEqualTo("B");
    assertThat(tokens.get(0).hops()).isEqualTo(1);
  }

  @Test
  void stateAndTimersAreClearedARetentionPeriodAfterTheLastMovement() throws Exception {
    deposit("d1", 100_000, T0);
    deposit("d2", 100_000, T0 + 10 * DAY);
    assertThat(stateEntries()).isPositive();
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    advanceEventTime(T0 + 10 * DAY + RETENTION.toMillis() - HOUR);
    assertThat(stateEntries()).isPositive();

    advanceEventTime(T0 + 12 * DAY + RETENTION.toMillis());
    assertThat(stateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  /** Event time moves when both inputs (transactions and rule releases) have moved. */
  private void advanceEventTime(long watermark) throws Exception {
    harness.processWatermark(watermark);
    harness.processBroadcastWatermark(watermark);
  }

  private int stateEntries() {
    return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  private void deposit(String id, long cents, long time) throws Exception {
    harness.processElement(new StreamRecord<>(cashIn(id, "A", cents, time), time));
  }
}
