package io.finnexus.flink.aml;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.aml.AmlAccountState;
import io.finnexus.scoring.aml.AmlMonitor;
import io.finnexus.scoring.aml.AmlStep;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.aml.CycleLimits;
import io.finnexus.scoring.aml.CycleStep;
import io.finnexus.scoring.aml.CycleTracker;
import io.finnexus.scoring.aml.PathToken;
import io.finnexus.scoring.movement.Movement;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * One stage of round-tripping detection, keyed by account: it receives the path tokens of exactly
 * {@code hop} hops ending at the account, and the account's transfers between monitored accounts.
 * The scoring core's {@link CycleTracker} does all the work; the stage only holds its state and
 * routes tokens: a token that returns to its origin is a cycle (an alert), one that travels on
 * leaves on {@link #NEXT_HOP} for stage {@code hop + 1}.
 *
 * <p>Why stages instead of a loop: Flink has no iteration in the DataStream API of 2.x, and a token
 * never travels more than {@code maxHops}, so the job unrolls the loop into {@code maxHops} stages.
 * Each stage keeps its own bounded {@code CycleState} per account (the paths of its hop count and
 * the account's recent transfers), capped by {@link CycleLimits} and cleared a cycle window after
 * the account's last transfer.
 */
public final class CycleHopFunction
    extends KeyedCoProcessFunction<String, Movement, PathToken, AlertRecord> {
  private static final long serialVersionUID = 1L;

  /** Tokens of {@code hop + 1} hops, for the next stage. */
  public static final OutputTag<PathToken> NEXT_HOP =
      new OutputTag<>("next-hop", Types.POJO(PathToken.class)) {};

  private final int hop;
  private final CycleLimitsSpec limits;
  private final AmlStateHandle state;
  private transient CycleTracker tracker;
  private transient AmlMonitor monitor;

  public CycleHopFunction(int hop, CycleLimits limits) {
    this.hop = hop;
    this.limits = CycleLimitsSpec.of(limits);
    this.state =
        new AmlStateHandle(
            "cycle-hop-" + hop, limits.window().plusDays(1), limits.window().multipliedBy(2));
  }

  @Override
  public void open(OpenContext openContext) {
    state.open(getRuntimeContext());
    tracker = new CycleTracker(limits.limits());
    monitor = new AmlMonitor(AmlThresholds.defaults().withCycle(limits.limits()));
  }

  /** A transfer between monitored accounts, at the account's key. */
  @Override
  public void processElement1(Movement leg, Context ctx, Collector<AlertRecord> out)
      throws Exception {
    AmlAccountState s = state.load(leg.account());
    if (leg.inbound()) {
      tracker.onCredit(s.cycles(), leg);
    } else {
      CycleStep step = tracker.onTransfer(s.cycles(), leg);
      for (PathToken token : step.forward()) {
        if (token.hops() == hop + 1) { // first hops leave from the account monitor
          ctx.output(NEXT_HOP, token);
        }
      }
    }
    state.touch(leg.time(), ctx.timerService());
    state.save(leg.account(), s);
  }

  /** A token of {@code hop} hops arriving at its receiver. */
  @Override
  public void processElement2(PathToken token, Context ctx, Collector<AlertRecord> out)
      throws Exception {
    AmlAccountState s = state.load(token.receiver());
    AmlStep step = monitor.onToken(s, token);
    state.touch(ctx.timestamp() == null ? token.times()[0] : ctx.timestamp(), ctx.timerService());
    state.save(token.receiver(), s);
    for (Finding f : step.findings()) {
      out.collect(Alerts.of(f));
    }
    for (PathToken next : step.forward()) {
      ctx.output(NEXT_HOP, next);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertRecord> out)
      throws Exception {
    state.clearIfDue(timestamp);
  }

  public int hop() {
    return hop;
  }
}
