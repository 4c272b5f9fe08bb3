package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rapid movement (in then out): an inflow of at least {@code rapidMinInflowMinor}, of which at
 * least {@code rapidOutFraction} (and at most 110%: a pass-through) leaves the account within
 * {@code rapidWindow}. Checked on every outflow; one alert per inflow (the inflow is the episode).
 */
public final class RapidMovementDetector implements AmlDetector {
  /**
   * Outflows above this multiple of the inflow are the account's own business, not the inflow
   * passing through (a busy account pays out far more than any one receipt).
   */
  static final double PASS_THROUGH_MAX = 1.1;

  private final AmlThresholds t;

  public RapidMovementDetector(AmlThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    if (m.inbound() || m.isCard()) {
      return null;
    }
    long window = t.rapidWindow().toMillis();
    for (int i = 0; i < s.in.size(); i++) {
      int slot = s.in.slot(i);
      long inTime = s.in.time(slot);
      long inflow = s.in.amount(slot);
      if (inflow < t.rapidMinInflowMinor() || m.time() - inTime > window || m.time() < inTime) {
        continue;
      }
      long[] out = {0};
      List<String> outs = Legs.cite(s.out, inTime, inTime + window, x -> true, out);
      if (out[0] >= inflow * t.rapidOutFraction() && out[0] <= inflow * PASS_THROUGH_MAX) {
        return found(s, m, slot, inflow, outs, out[0]);
      }
    }
    return null;
  }

  private Finding found(
      AmlAccountState s, Movement m, int slot, long inflow, List<String> outs, long out) {
    s.episode(Typology.RAPID_MOVEMENT, m.time(), t.rapidWindow().toMillis());
    List<String> ids = new ArrayList<>();
    ids.add(s.in.id(slot));
    ids.addAll(outs);
    double share = out / (double) inflow;
    double hours = (m.time() - s.in.time(slot)) / 3_600_000.0;
    double risk = Legs.risk(0.7, share / t.rapidOutFraction() * 2);
    String summary =
        Math.round(share * 100)
            + "% of an inflow of "
            + Legs.money(inflow)
            + " "
            + m.currency()
            + " left within "
            + Math.round(hours)
            + " h to "
            + outs.size()
            + " payment(s)";
    Finding f =
        Legs.finding(
            m,
            s,
            Typology.RAPID_MOVEMENT,
            s.in.time(slot),
            risk,
            ids,
            inflow + out,
            summary,
            List.of(
                feature("outflow_share_of_inflow", share, null, risk * 0.6),
                feature("hours_to_leave", hours, null, risk * 0.4)));
    return new Finding(
        f.typology(),
        s.in.id(slot),
        f.account(),
        f.customer(),
        f.time(),
        f.riskScore(),
        f.involvedAccounts(),
        f.transactionIds(),
        f.totalMinor(),
        f.currency(),
        f.summary(),
        f.ruleHits(),
        f.evidence());
  }
}
