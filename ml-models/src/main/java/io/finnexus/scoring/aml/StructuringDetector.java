package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.List;

/**
 * Structuring: at least {@code structuringMinDeposits} cash deposits each just under the reporting
 * line (≥ {@code structuringBand} of it) within {@code structuringWindow}, together above the line.
 */
public final class StructuringDetector implements AmlDetector {
  private final AmlThresholds t;

  public StructuringDetector(AmlThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    if (!m.inbound() || !m.isCash() || !nearLine(m.amountMinor())) {
      return null;
    }
    long window = t.structuringWindow().toMillis();
    long[] total = {0};
    List<String> ids =
        Legs.cite(
            s.in,
            m.time() - window,
            m.time(),
            slot -> s.in.cash(slot) && nearLine(s.in.amount(slot)),
            total);
    if (ids.size() < t.structuringMinDeposits() || total[0] <= t.reportingThresholdMinor()) {
      return null;
    }
    long episode = s.episode(Typology.STRUCTURING, m.time(), window);
    double risk = Legs.risk(0.75, ids.size() / (double) t.structuringMinDeposits());
    String summary =
        ids.size()
            + " cash deposits just under the "
            + Legs.money(t.reportingThresholdMinor())
            + " reporting line within "
            + t.structuringWindow().toDays()
            + " days, together "
            + Legs.money(total[0])
            + " "
            + m.currency();
    return Legs.finding(
        m,
        s,
        Typology.STRUCTURING,
        episode,
        risk,
        ids,
        total[0],
        summary,
        List.of(
            feature("near_threshold_cash_deposits", ids.size(), 0.0, risk * 0.6),
            feature("near_threshold_cash_total", total[0] / 100.0, 0.0, risk * 0.4)));
  }

  private boolean nearLine(long amount) {
    return amount < t.reportingThresholdMinor()
        && amount >= t.reportingThresholdMinor() * t.structuringBand();
  }
}
