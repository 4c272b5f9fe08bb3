package io.finnexus.scoring.aml;

import io.finnexus.scoring.aml.CycleState.Edge;
import io.finnexus.scoring.movement.Movement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds round-tripping (A→B→…→A) with path tokens forwarded along transfers, one key at a time.
 *
 * <p>Rule: a loop of {@code minHops..maxHops} transfers between monitored accounts, all within
 * {@code window}, where each hop's amount is within [{@code minHopRatio}, {@code maxHopRatio}] of
 * the previous hop's and the closing hop keeps at least {@code minRetention} of the first.
 * Detection is order-independent: a token arriving at an account is extended along the account's
 * recent transfers already made, and a new transfer extends the paths already received, so a loop
 * is found when its last transfer happens whatever order the hops came in (simulators and batch
 * settlement often scramble it). Each path is produced exactly once; duplicates (parallel identical
 * transfers) are dropped at the receiver, so work stays bounded.
 *
 * <p>Both steps are pure functions of (state, input): the replay runs them with a map and a queue,
 * Flink with keyed state and a forwarding side output (at most {@code maxHops} rounds).
 */
public final class CycleTracker {
  private static final long CREDIT_MATCH_MILLIS = 24L * 3600 * 1000;
  private final CycleLimits limits;

  public CycleTracker(CycleLimits limits) {
    this.limits = limits;
  }

  /** An OUT leg to a monitored counterparty at its sender's key. */
  public CycleStep onTransfer(CycleState state, Movement out) {
    if (out.inbound() || !out.counterpartyMonitored() || out.account().equals(out.counterparty())) {
      return CycleStep.NONE;
    }
    long window = limits.window().toMillis();
    evict(state, out.time() - window);
    for (Edge e : state.outEdges) {
      if (e.counterparty().equals(out.counterparty()) && e.amount() == out.amountMinor()) {
        return CycleStep.NONE; // a parallel identical transfer: its paths already travel
      }
    }
    Edge edge = new Edge(out.counterparty(), out.amountMinor(), out.time(), out.transactionId());
    CycleState.capped(state.outEdges, edge, limits.maxOutEdges());
    List<PathToken> forward = new ArrayList<>();
    forward.add(
        PathToken.firstHop(
            out.account(), out.counterparty(), out.amountMinor(), out.time(), out.transactionId()));
    for (PathToken path : state.paths) {
      PathToken next = extend(path, edge);
      if (next != null && forward.size() < limits.maxForwardPerEvent()) {
        forward.add(next);
      }
    }
    return new CycleStep(forward, List.of());
  }

  /** A credit from a monitored counterparty (double-entry feeds): remembered to cite its id. */
  public void onCredit(CycleState state, Movement in) {
    if (!in.inbound() || !in.counterpartyMonitored() || in.synthesized()) {
      return;
    }
    Edge credit = new Edge(in.counterparty(), in.amountMinor(), in.time(), in.transactionId());
    CycleState.capped(state.credits, credit, CycleState.MAX_CREDITS);
    for (int i = 0; i < state.paths.size(); i++) {
      PathToken p = state.paths.get(i);
      if (p.creditIds()[p.hops() - 1] == null && matches(credit, p)) {
        state.paths.set(i, p.withLastCredit(credit.transactionId()));
      }
    }
  }

  /** A token arriving at its receiver's key: a closed loop, or stored and extended. */
  public CycleStep onToken(CycleState state, PathToken token) {
    PathToken arrived = withCredit(state, token);
    String self = arrived.receiver();
    if (self.equals(arrived.origin())) {
      return closed(state, arrived);
    }
    long window = limits.window().toMillis();
    evict(state, arrived.maxTime() - window);
    for (PathToken p : state.paths) {
      if (p.samePath(arrived)) {
        return CycleStep.NONE;
      }
    }
    CycleState.capped(state.paths, arrived, limits.maxPathsPerAccount());
    List<PathToken> forward = new ArrayList<>();
    for (Edge edge : state.outEdges) {
      PathToken next = extend(arrived, edge);
      if (next != null && forward.size() < limits.maxForwardPerEvent()) {
        forward.add(next);
      }
    }
    return forward.isEmpty() ? CycleStep.NONE : new CycleStep(forward, List.of());
  }

  private CycleStep closed(CycleState state, PathToken loop) {
    long first = loop.amounts()[0];
    if (loop.hops() < limits.minHops() || loop.lastAmount() < first * limits.minRetention()) {
      return CycleStep.NONE;
    }
    long key = CycleLoops.loopKey(loop);
    if (state.wasReported(key)) {
      return CycleStep.NONE;
    }
    state.markReported(key);
    return new CycleStep(List.of(), List.of(loop));
  }

  private PathToken extend(PathToken path, Edge edge) {
    if (path.hops() >= limits.maxHops()
        || !limits.consistent(path.lastAmount(), edge.amount())
        || (path.visits(edge.counterparty()) && !edge.counterparty().equals(path.origin()))) {
      return null;
    }
    long span = Math.max(path.maxTime(), edge.time()) - Math.min(path.minTime(), edge.time());
    if (span > limits.window().toMillis()) {
      return null;
    }
    return path.extend(edge.counterparty(), edge.amount(), edge.time(), edge.transactionId());
  }

  private static PathToken withCredit(CycleState state, PathToken token) {
    for (Edge credit : state.credits) {
      if (matches(credit, token)) {
        return token.withLastCredit(credit.transactionId());
      }
    }
    return token;
  }

  private static boolean matches(Edge credit, PathToken p) {
    int last = p.hops() - 1;
    return credit.counterparty().equals(p.accounts()[last])
        && credit.amount() == p.amounts()[last]
        && Math.abs(credit.time() - p.times()[last]) <= CREDIT_MATCH_MILLIS;
  }

  private static void evict(CycleState state, long before) {
    state.paths.removeIf(p -> p.minTime() < before);
    state.outEdges.removeIf(e -> e.time() < before);
    state.credits.removeIf(e -> e.time() < before);
  }
}
