package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import java.util.List;

/**
 * Turns a loop closed by {@link CycleTracker} into a finding. The alert belongs to the loop's
 * smallest account id and its id derives from the sorted members and the loop's first day, so the
 * rotations found at different members are one alert.
 */
public final class CycleDetector {
  private CycleDetector() {}

  public static Finding toFinding(PathToken loop, String currency) {
    List<String> members = CycleLoops.members(loop);
    long first = loop.amounts()[0];
    long last = loop.amounts()[loop.hops() - 1];
    double retained = last / (double) first;
    double days = (loop.maxTime() - loop.minTime()) / 86_400_000.0;
    double risk = Legs.risk(0.8, 1 + loop.hops() / 4.0);
    String summary =
        "Funds went round "
            + loop.hops()
            + " accounts ("
            + String.join(" → ", members)
            + " → "
            + members.get(0)
            + ") within "
            + Math.round(days * 10) / 10.0
            + " days; "
            + Legs.money(first)
            + " out, "
            + Legs.money(last)
            + " back ("
            + Math.round(retained * 100)
            + "%)";
    long total = 0;
    for (long a : loop.amounts()) {
      total += a;
    }
    return new Finding(
        Typology.CYCLE,
        CycleLoops.episodeKey(loop),
        members.get(0),
        null,
        loop.maxTime(),
        risk,
        members,
        CycleLoops.transactionIds(loop),
        total,
        currency,
        summary,
        List.of(Typology.CYCLE.name()),
        List.of(
            feature("cycle_hops", loop.hops(), 0.0, risk * 0.4),
            feature("cycle_amount_retained", retained, null, risk * 0.3),
            feature("cycle_days", days, null, risk * 0.3)));
  }
}
