package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.List;

/**
 * Dormant reactivation: after no movement for {@code dormancy}, movements worth at least {@code
 * reactivationMinMinor} within {@code reactivationWindow} of the first one. {@link AmlMonitor}
 * marks the reactivation before the movement is recorded.
 */
public final class DormantReactivationDetector implements AmlDetector {
  private final AmlThresholds t;

  public DormantReactivationDetector(AmlThresholds thresholds) {
    this.t = thresholds;
  }

  /** Called before the movement is recorded: notes a reactivation after dormancy. */
  void beforeRecord(AmlAccountState s, Movement m) {
    if (s.lastActivity != Long.MIN_VALUE && m.time() - s.lastActivity >= t.dormancy().toMillis()) {
      s.reactivatedAt = m.time();
      s.dormantSince = s.lastActivity;
    }
    s.lastActivity = Math.max(s.lastActivity, m.time());
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    long start = s.reactivatedAt;
    if (start == Long.MIN_VALUE || m.time() - start > t.reactivationWindow().toMillis()) {
      return null;
    }
    long[] total = {0};
    List<String> ids = Legs.cite(s.in, start, m.time(), slot -> true, total);
    ids.addAll(Legs.cite(s.out, start, m.time(), slot -> true, total));
    if (total[0] < t.reactivationMinMinor()) {
      return null;
    }
    s.episode(Typology.DORMANT_REACTIVATION, m.time(), t.reactivationWindow().toMillis());
    double days = (start - s.dormantSince) / 86_400_000.0;
    double risk = Legs.risk(0.7, total[0] / (double) t.reactivationMinMinor() / 5);
    String summary =
        "Account dormant for "
            + Math.round(days)
            + " days moved "
            + Legs.money(total[0])
            + " "
            + m.currency()
            + " in "
            + ids.size()
            + " transaction(s) after reactivation";
    return Legs.finding(
        m,
        s,
        Typology.DORMANT_REACTIVATION,
        start,
        risk,
        ids,
        total[0],
        summary,
        List.of(
            feature("days_dormant", days, (double) t.dormancy().toDays(), risk * 0.5),
            feature("reactivation_volume", total[0] / 100.0, 0.0, risk * 0.5)));
  }
}
