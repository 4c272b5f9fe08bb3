package io.finnexus.flink.aml;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.event.TracedToken;
import io.finnexus.flink.trace.AlertSpans;
import io.finnexus.flink.trace.TraceRing;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.aml.AmlAccountState;
import io.finnexus.scoring.aml.AmlMonitor;
import io.finnexus.scoring.aml.AmlStep;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.aml.CycleLimits;
import io.finnexus.scoring.aml.PathToken;
import io.finnexus.scoring.movement.Movement;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-account AML step, keyed by account: loads the account's {@link AmlAccountState}, runs the
 * scoring core's {@link AmlMonitor#onMovement} (structuring, rapid movement, fan-in/out, high-risk
 * jurisdictions, dormant reactivation; every detector is the core's), saves the state, emits
 * findings as alerts and the first-hop path tokens of transfers on {@link #TOKENS} for the cycle
 * stages.
 *
 * <p>Each alert continues the trace of the transaction whose leg raised it, with links to the other
 * contributing transactions of the account (from a bounded {@link TraceRing} in its own keyed
 * state, kept only while spans are recorded; see {@link AlertSpans}).
 *
 * <p>Thresholds come from broadcast state: a {@link RuleUpdate} replaces them on every parallel
 * instance without a restart, and is checkpointed so a restore keeps the latest release. A release
 * that does not parse is logged and ignored. State expires {@code retention} after the account's
 * last movement (event-time timer) and by TTL.
 */
public final class AccountMonitorFunction
    extends KeyedBroadcastProcessFunction<String, TracedLeg, RuleUpdate, AlertRecord> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(AccountMonitorFunction.class);

  /** Path tokens leaving an account (one hop), routed by receiver to the first cycle stage. */
  public static final OutputTag<TracedToken> TOKENS =
      new OutputTag<>("path-tokens", TypeInformation.of(TracedToken.class)) {};

  /** Broadcast state of the current rule release: "version" and "properties". */
  public static final MapStateDescriptor<String, String> RULES =
      new MapStateDescriptor<>("aml-rules", Types.STRING, Types.STRING);

  private final CycleLimitsSpec cycleLimits;
  private final AmlStateHandle state;
  private final TraceRingState traces;
  private transient AmlMonitor monitor;
  private transient AlertSpans spans;
  private transient Counter alerts;

  public AccountMonitorFunction(CycleLimits cycleLimits, Duration retention) {
    this.cycleLimits = CycleLimitsSpec.of(cycleLimits);
    this.state = new AmlStateHandle("aml-account", retention, retention);
    this.traces = new TraceRingState("aml-account-traces", retention);
  }

  @Override
  public void open(OpenContext openContext) {
    state.open(getRuntimeContext());
    traces.open(getRuntimeContext());
    spans = AlertSpans.processWide();
    alerts = getRuntimeContext().getMetricGroup().counter("alerts");
  }

  @Override
  public void processElement(TracedLeg tracedLeg, ReadOnlyContext ctx, Collector<AlertRecord> out)
      throws Exception {
    Movement leg = tracedLeg.leg;
    if (monitor == null) {
      monitor = monitorFor(ctx.getBroadcastState(RULES));
    }
    AmlAccountState s = state.load(leg.account());
    AmlStep step = monitor.onMovement(s, leg);
    state.touch(leg.time(), ctx.timerService());
    state.save(leg.account(), s);
    boolean useRing =
        spans.records() && (tracedLeg.traceparent != null || !step.findings().isEmpty());
    TraceRing ring = useRing ? traces.load() : TraceRing.empty();
    for (Finding f : step.findings()) {
      alerts.inc();
      out.collect(
          spans.raise(
              Alerts.of(f),
              leg.transactionId(),
              tracedLeg.traceparent,
              ring.linksFor(f.transactionIds(), leg.transactionId())));
    }
    if (useRing && tracedLeg.traceparent != null) {
      traces.save(ring.with(leg.transactionId(), tracedLeg.traceparent));
    }
    for (PathToken token : step.forward()) {
      ctx.output(TOKENS, new TracedToken(token, tracedLeg.traceparent));
    }
  }

  @Override
  public void processBroadcastElement(RuleUpdate update, Context ctx, Collector<AlertRecord> out)
      throws Exception {
    if (update.properties == null) {
      return;
    }
    AmlThresholds next;
    try {
      next = ThresholdOverrides.apply(baseThresholds(), update.properties);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignoring AML rule release {}: {}", update.version, e.getMessage());
      return;
    }
    BroadcastState<String, String> rules = ctx.getBroadcastState(RULES);
    rules.put("version", String.valueOf(update.version));
    rules.put("properties", update.properties);
    monitor = new AmlMonitor(next);
    LOG.info("AML rule release {} active", update.version);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertRecord> out)
      throws Exception {
    if (state.clearIfDue(timestamp)) {
      traces.clear();
    }
  }

  /** The thresholds in force: the release in broadcast state applied to the defaults. */
  AmlMonitor monitorFor(ReadOnlyBroadcastState<String, String> rules) throws Exception {
    String properties = rules.get("properties");
    AmlThresholds base = baseThresholds();
    return new AmlMonitor(properties == null ? base : ThresholdOverrides.apply(base, properties));
  }

  private AmlThresholds baseThresholds() {
    return AmlThresholds.defaults().withCycle(cycleLimits.limits());
  }
}
