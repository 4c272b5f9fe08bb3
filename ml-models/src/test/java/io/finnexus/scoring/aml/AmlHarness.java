package io.finnexus.scoring.aml;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.movement.Movements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link AmlMonitor} over transactions with a map of states and a token queue. */
final class AmlHarness {
  final AmlMonitor monitor;
  final Map<String, AmlAccountState> states = new HashMap<>();
  final List<Finding> findings = new ArrayList<>();
  private final LedgerMode mode;

  AmlHarness(AmlThresholds thresholds, LedgerMode mode) {
    this.monitor = new AmlMonitor(thresholds);
    this.mode = mode;
  }

  AmlHarness() {
    this(AmlThresholds.defaults(), LedgerMode.SINGLE_ENTRY);
  }

  AmlHarness run(Transaction... txs) {
    for (Transaction tx : txs) {
      Deque<PathToken> tokens = new ArrayDeque<>();
      for (Movement leg : Movements.of(tx, mode)) {
        AmlStep step = monitor.onMovement(state(leg.account()), leg);
        findings.addAll(step.findings());
        tokens.addAll(step.forward());
      }
      while (!tokens.isEmpty()) {
        PathToken t = tokens.poll();
        AmlStep step = monitor.onToken(state(t.receiver()), t);
        findings.addAll(step.findings());
        tokens.addAll(step.forward());
      }
    }
    return this;
  }

  AmlAccountState state(String account) {
    return states.computeIfAbsent(account, k -> new AmlAccountState());
  }

  /** Distinct alert ids raised for {@code typology} (rotations and re-emissions collapse). */
  List<String> alertIds(io.finnexus.scoring.Typology typology) {
    return of(typology).stream()
        .map(
            f ->
                io.finnexus.scoring.alert.AlertIds.of(
                    f.typology().name(), f.account(), f.episodeKey()))
        .distinct()
        .toList();
  }

  List<Finding> of(io.finnexus.scoring.Typology typology) {
    return findings.stream().filter(f -> f.typology() == typology).toList();
  }
}
