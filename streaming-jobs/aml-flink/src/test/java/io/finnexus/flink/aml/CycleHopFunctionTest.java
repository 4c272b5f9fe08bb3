package io.finnexus.flink.aml;

import static io.finnexus.flink.aml.Legs.DAY;
import static io.finnexus.flink.aml.Legs.T0;
import static io.finnexus.flink.aml.Legs.transferOut;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.event.TracedToken;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.aml.CycleLimits;
import io.finnexus.scoring.aml.PathToken;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CycleHopFunctionTest {
  static final CycleLimits LIMITS = CycleLimits.defaults();

  KeyedTwoInputStreamOperatorTestHarness<String, TracedLeg, TracedToken, AlertRecord> harness;

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  @Test
  void aTokenExtendsAlongATransferTheAccountMadeEarlier() throws Exception {
    open(1);
    harness.processElement1(leg(transferOut("t2", "B", "C", 990_000, T0 + DAY)));
    harness.processElement2(token(T0, "A", "B"));

    List<PathToken> next = nextHops();
    assertThat(next).hasSize(1);
    assertThat(next.get(0).accounts()).containsExactly("A", "B", "C");
  }

  @Test
  void aTransferExtendsATokenThatArrivedEarlier() throws Exception {
    open(1);
    harness.processElement2(token(T0, "A", "B"));
    harness.processElement1(leg(transferOut("t2", "B", "C", 990_000, T0 + DAY)));

    assertThat(nextHops()).extracting(PathToken::receiver).containsExactly("C");
  }

  @Test
  void aTokenBackAtItsOriginIsACycleAlert() throws Exception {
    open(3);
    harness.processElement2(token(T0, "A", "B", "C", "A"));

    List<AlertRecord> alerts = harness.extractOutputValues();
    assertThat(alerts).extracting(a -> a.typology).containsExactly("CYCLE");
    assertThat(FinNexusSerdes.alertCodec().decode(alerts.get(0).avro).getInvolvedAccounts())
        .containsExactlyInAnyOrder("A", "B", "C");
    assertThat(nextHops()).isEmpty();
  }

  @Test
  void stateAndTimersAreClearedACycleWindowAfterTheLastTransfer() throws Exception {
    open(1);
    harness.processElement1(leg(transferOut("t2", "B", "C", 990_000, T0)));
    harness.processElement2(token(T0, "A", "B"));
    assertThat(harness.numKeyedStateEntries()).isPositive();
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    harness.processBothWatermarks(
        new org.apache.flink.streaming.api.watermark.Watermark(
            T0 + LIMITS.window().toMillis() + 2 * DAY));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  private void open(int hop) throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new CycleHopFunction(hop, LIMITS),
            TracedLeg::account,
            TracedToken::receiver,
            Types.STRING);
  }

  private static StreamRecord<TracedLeg> leg(TracedLeg m) {
    return new StreamRecord<>(m, m.leg.time());
  }

  /** A token along {@code accounts}, each hop 1% smaller, one hour apart. */
  private static StreamRecord<TracedToken> token(long start, String... accounts) {
    int hops = accounts.length - 1;
    long[] amounts = new long[hops];
    long[] times = new long[hops];
    String[] debits = new String[hops];
    for (int h = 0; h < hops; h++) {
      amounts[h] = 1_000_000 - h * 10_000L;
      times[h] = start + h * 3_600_000L;
      debits[h] = "d" + h;
    }
    PathToken t = new PathToken(accounts, amounts, times, debits, new String[hops]);
    return new StreamRecord<>(new TracedToken(t, null), times[hops - 1]);
  }

  private List<PathToken> nextHops() {
    var out = harness.getSideOutput(CycleHopFunction.NEXT_HOP);
    return out == null ? List.of() : out.stream().map(r -> r.getValue().token).toList();
  }
}
