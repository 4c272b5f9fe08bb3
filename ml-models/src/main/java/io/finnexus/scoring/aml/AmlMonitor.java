package io.finnexus.scoring.aml;

import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point engines call for AML: per key, per leg or token, mutate the key's {@link
 * AmlAccountState} and return findings plus tokens to forward. Stateless itself and thread-safe;
 * all state is in the argument, so an engine only loads, calls, saves and routes.
 *
 * <pre>{@code
 * for (Movement leg : Movements.of(tx, mode)) {
 *   AmlAccountState s = store.load(leg.account());
 *   AmlStep step = monitor.onMovement(s, leg);
 *   store.save(leg.account(), s);
 *   // emit step.findings() as alerts; route step.forward() tokens by receiver() to onToken
 * }
 * }</pre>
 */
public final class AmlMonitor {
  private final AmlThresholds thresholds;
  private final DormantReactivationDetector dormant;
  private final List<AmlDetector> detectors;
  private final CycleTracker cycles;

  public AmlMonitor(AmlThresholds thresholds) {
    this.thresholds = thresholds;
    this.dormant = new DormantReactivationDetector(thresholds);
    this.detectors =
        List.of(
            new StructuringDetector(thresholds),
            new RapidMovementDetector(thresholds),
            new FanInDetector(thresholds),
            new FanOutDetector(thresholds),
            new HighRiskJurisdictionDetector(thresholds),
            new RepeatedTransfersDetector(thresholds),
            dormant);
    this.cycles = new CycleTracker(thresholds.cycle());
  }

  public AmlThresholds thresholds() {
    return thresholds;
  }

  /** One leg at its account's key. */
  public AmlStep onMovement(AmlAccountState s, Movement m) {
    dormant.beforeRecord(s, m);
    if (m.isCard()) {
      return AmlStep.NONE;
    }
    LegRing ring = m.inbound() ? s.in : s.out;
    ring.add(
        m.time(),
        m.amountMinor(),
        m.isCash() ? 0 : io.finnexus.scoring.state.RecentSet.key(m.counterparty()),
        m.counterpartyCountry(),
        m.isCash(),
        m.transactionId());
    List<Finding> findings = new ArrayList<>(1);
    for (AmlDetector d : detectors) {
      Finding f = d.inspect(s, m);
      if (f != null) {
        findings.add(f);
      }
    }
    List<PathToken> forward = List.of();
    if (m.inbound()) {
      cycles.onCredit(s.cycles, m);
    } else {
      forward = cycles.onTransfer(s.cycles, m).forward();
    }
    return findings.isEmpty() && forward.isEmpty() ? AmlStep.NONE : new AmlStep(findings, forward);
  }

  /** A path token at its receiver's key: may close a loop (a CYCLE finding) or travel on. */
  public AmlStep onToken(AmlAccountState s, PathToken token) {
    CycleStep step = cycles.onToken(s.cycles, token);
    if (step.cycles().isEmpty() && step.forward().isEmpty()) {
      return AmlStep.NONE;
    }
    List<Finding> findings = new ArrayList<>();
    for (PathToken loop : step.cycles()) {
      findings.add(CycleDetector.toFinding(loop, null));
    }
    return new AmlStep(findings, step.forward());
  }
}
