package io.finnexus.scoring.aml;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.List;

/**
 * Transfers to or from a black- or grey-listed jurisdiction (by counterparty country). One alert
 * per account per {@code highRiskEpisode}, citing every such transfer in it. Card spend is left to
 * the fraud rules.
 */
public final class HighRiskJurisdictionDetector implements AmlDetector {
  private final AmlThresholds t;

  public HighRiskJurisdictionDetector(AmlThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Finding inspect(AmlAccountState s, Movement m) {
    if (m.isCard() || !listed(m.counterpartyCountry())) {
      return null;
    }
    long gap = t.highRiskEpisode().toMillis();
    long episode = s.episode(Typology.HIGH_RISK_JURISDICTION, m.time(), gap);
    long[] total = {0};
    List<String> ids =
        Legs.cite(s.in, episode, m.time(), slot -> listed(s.in.country(slot)), total);
    ids.addAll(Legs.cite(s.out, episode, m.time(), slot -> listed(s.out.country(slot)), total));
    boolean black = t.blackList().contains(m.counterpartyCountry());
    double risk = black ? 0.9 : 0.6;
    String summary =
        (m.inbound() ? "Transfer from " : "Transfer to ")
            + m.counterpartyCountry()
            + " ("
            + (black ? "FATF black list" : "FATF grey list")
            + "), "
            + ids.size()
            + " such transfer(s) totalling "
            + Legs.money(total[0])
            + " "
            + m.currency();
    return Legs.finding(
        m,
        s,
        Typology.HIGH_RISK_JURISDICTION,
        episode,
        risk,
        ids,
        total[0],
        summary,
        List.of(
            feature(
                black ? "black_list_transfers" : "grey_list_transfers", ids.size(), 0.0, risk)));
  }

  private boolean listed(String country) {
    return country != null && (t.blackList().contains(country) || t.greyList().contains(country));
  }
}
