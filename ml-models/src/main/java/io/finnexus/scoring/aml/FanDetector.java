package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fan-in (many payers into one account) or fan-out (one account paying many): at least {@code
 * fanMinCounterparties} distinct transfer counterparties within {@code fanWindow}. Cash and card
 * legs are not transfers and never count. Counted over the last {@value AmlAccountState#RING} legs
 * of that direction, so a very busy account is judged on its most recent legs only.
 */
public class FanDetector implements AmlDetector {
  private final AmlThresholds t;
  private final boolean inbound;

  FanDetector(AmlThresholds thresholds, boolean inbound) {
    this.t = thresholds;
    this.inbound = inbound;
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    if (m.inbound() != inbound || m.isCash() || m.isCard() || m.counterparty() == null) {
      return null;
    }
    LegRing ring = inbound ? s.in : s.out;
    long window = t.fanWindow().toMillis();
    Set<Long> distinct = new HashSet<>();
    long[] total = {0};
    List<String> ids =
        Legs.cite(
            ring,
            m.time() - window,
            m.time(),
            slot ->
                !ring.cash(slot)
                    && ring.counterparty(slot) != 0
                    && distinct.add(ring.counterparty(slot)),
            total);
    if (distinct.size() < t.fanMinCounterparties()) {
      return null;
    }
    Typology typology = inbound ? Typology.FAN_IN : Typology.FAN_OUT;
    long episode = s.episode(typology, m.time(), window);
    double risk = Legs.risk(0.6, distinct.size() / (double) t.fanMinCounterparties());
    String summary =
        distinct.size()
            + " distinct "
            + (inbound ? "payers into" : "payees of")
            + " the account"
            + " within "
            + t.fanWindow().toDays()
            + " days, "
            + Legs.money(total[0])
            + " "
            + m.currency();
    return Legs.finding(
        m,
        s,
        typology,
        episode,
        risk,
        ids,
        total[0],
        summary,
        List.of(
            feature(inbound ? "distinct_payers" : "distinct_payees", distinct.size(), null, risk)));
  }
}
