package io.finnexus.flink.aml;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.event.TracedToken;
import io.finnexus.flink.trace.AlertSpans;
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
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
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
 *
 * <p>Tokens carry the trace context of the transaction whose processing moved them; a cycle alert
 * continues the trace of the token that closed the loop (no links: the stages keep no trace state).
 */
public final class CycleHopFunction
    extends KeyedCoProcessFunction<String, TracedLeg, TracedToken, AlertRecord> {
  private static final long serialVersionUID = 1L;

  /** Tokens of {@code hop + 1} hops, for the next stage. */
  public static final OutputTag<TracedToken> NEXT_HOP =
      new OutputTag<>("next-hop", TypeInformation.of(TracedToken.class)) {};

  private final int hop;
  private final CycleLimitsSpec limits;
  private final AmlStateHandle state;
  private transient CycleTracker tracker;
  private transient AmlMonitor monitor;
  private transient AlertSpans spans;

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
    spans = AlertSpans.processWide();
  }

  /** A transfer between monitored accounts, at the account's key. */
  @Override
  public void processElement1(TracedLeg traced, Context ctx, Collector<AlertRecord> out)
      throws Exception {
    Movement leg = traced.leg;
    AmlAccountState s = state.load(leg.account());
    if (leg.inbound()) {
      tracker.onCredit(s.cycles(), leg);
    } else {
      CycleStep step = tracker.onTransfer(s.cycles(), leg);
      for (PathToken token : step.forward()) {
        if (token.hops() == hop + 1) { // first hops leave from the account monitor
          ctx.output(NEXT_HOP, new TracedToken(token, traced.traceparent));
        }
      }
    }
    state.touch(leg.time(), ctx.timerService());
    state.save(leg.account(), s);
  }

  /** A token of {@code hop} hops arriving at its receiver. */
  @Override
  public void processElement2(TracedToken traced, Context ctx, Collector<AlertRecord> out)
      throws Exception {
    PathToken token = traced.token;
    AmlAccountState s = state.load(token.receiver());
    AmlStep step = monitor.onToken(s, token);
    state.touch(ctx.timestamp() == null ? token.times()[0] : ctx.timestamp(), ctx.timerService());
    state.save(token.receiver(), s);
    for (Finding f : step.findings()) {
      String closing = token.debitIds()[token.hops() - 1];
      out.collect(spans.raise(Alerts.of(f), closing, traced.traceparent, List.of()));
    }
    for (PathToken next : step.forward()) {
      ctx.output(NEXT_HOP, new TracedToken(next, traced.traceparent));
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
