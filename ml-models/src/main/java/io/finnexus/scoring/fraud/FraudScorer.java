package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.FeatureEvidence;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one transaction against its account's {@link AccountProfile}: features, all fraud rules,
 * the champion {@link FraudModel} if any, shadow models; then the profile learns the transaction.
 * Risk = {@code 1 - (1 - rules)(1 - model)} where rules = {@code 1 - Π(1 - weight)} over hits. An
 * alert finding is made per fired rule; one alert per rule per account per {@code alertEpisode}
 * (re-emitted with the same id as evidence grows). Thread-safe if each profile is used by one
 * thread at a time (engines key by account).
 */
public final class FraudScorer {
  private final FraudThresholds thresholds;
  private final FeatureExtractor extractor;
  private final List<FraudRule> rules;

  /** Champion and shadows swapped as one value, so no score mixes two lineups. */
  private record Lineup(FraudModel champion, List<FraudModel> shadows) {}

  private volatile Lineup lineup;

  public FraudScorer(FraudThresholds thresholds, FraudModel champion, List<FraudModel> shadows) {
    this.thresholds = thresholds;
    this.extractor = new FeatureExtractor(thresholds);
    this.rules =
        List.of(
            new CardTestingRule(thresholds),
            new ImpossibleTravelRule(thresholds),
            new AccountTakeoverRule(thresholds),
            new AmountSpikeRule(thresholds));
    this.lineup = new Lineup(champion, List.copyOf(shadows));
  }

  public FraudScorer(FraudThresholds thresholds) {
    this(thresholds, null, List.of());
  }

  /** Swaps models without a restart (e.g. on a model-events message); null = rules only. */
  public void useModels(FraudModel newChampion, List<FraudModel> newShadows) {
    this.lineup = new Lineup(newChampion, List.copyOf(newShadows));
  }

  public FeatureExtractor extractor() {
    return extractor;
  }

  /** Scores {@code tx}; mutates {@code profile} (it learns the transaction). */
  public Assessment score(Transaction tx, AccountProfile profile) {
    FeatureVector f = extractor.extract(tx, profile);
    List<FraudRule> hit = null;
    double keep = 1;
    for (FraudRule r : rules) {
      if (r.hits(tx, f, profile)) {
        hit = hit == null ? new ArrayList<>(2) : hit;
        hit.add(r);
        keep *= 1 - r.weight();
      }
    }
    double ruleScore = 1 - keep;
    Lineup models = lineup;
    FraudModel model = models.champion();
    Double modelScore = model == null ? null : clamp(model.score(f));
    double risk = modelScore == null ? ruleScore : 1 - (1 - ruleScore) * (1 - modelScore);
    List<String> names = hit == null ? List.of() : hit.stream().map(r -> r.kind().name()).toList();
    List<Finding> findings = hit == null ? List.of() : findings(tx, f, profile, hit, risk);
    extractor.learn(tx, profile);
    return new Assessment(
        risk,
        ruleScore,
        modelScore,
        model == null ? null : model.id(),
        model == null ? null : model.version(),
        shadowScores(models.shadows(), f),
        names,
        findings,
        f);
  }

  private static Map<String, Double> shadowScores(List<FraudModel> current, FeatureVector f) {
    if (current.isEmpty()) {
      return Map.of();
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (FraudModel m : current) {
      scores.put(m.id() + ":" + m.version(), clamp(m.score(f)));
    }
    return scores;
  }

  private List<Finding> findings(
      Transaction tx, FeatureVector f, AccountProfile p, List<FraudRule> hit, double risk) {
    double weights = hit.stream().mapToDouble(FraudRule::weight).sum();
    List<Finding> out = new ArrayList<>(hit.size());
    long now = tx.getEventTime().toEpochMilli();
    for (FraudRule r : hit) {
      long episode = p.episode(r.kind(), now, thresholds.alertEpisode().toMillis());
      List<String> ids = r.cited(tx, p);
      double share = risk * r.weight() / weights;
      out.add(
          new Finding(
              r.kind().typology(),
              Long.toString(episode),
              tx.getAccountId().toString(),
              str(tx.getCustomerId()),
              now,
              risk,
              List.of(tx.getAccountId().toString()),
              ids,
              Movement.minor(tx.getAmount()),
              tx.getCurrency().toString(),
              r.summary(tx, f, p),
              List.of(r.kind().name()),
              evidence(r, f, p, share)));
    }
    return out;
  }

  private List<FeatureEvidence> evidence(FraudRule r, FeatureVector f, AccountProfile p, double s) {
    List<String> names = r.evidenceFeatures();
    List<FeatureEvidence> ev = new ArrayList<>(names.size());
    for (String name : names) {
      ev.add(Finding.feature(name, f.get(name), normal(name, p), s / names.size()));
    }
    return ev;
  }

  private Double normal(String feature, AccountProfile p) {
    return switch (feature) {
      case "amount" -> p.cardAmounts.median() / 100.0;
      case "amount_to_median" -> 1.0;
      case "amount_zscore", "new_device", "small_card_auths_10m" -> 0.0;
      case "km_per_hour_from_last_card" -> thresholds.maxKmPerHour();
      default -> null;
    };
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
  }

  private static String str(CharSequence s) {
    return s == null ? null : s.toString();
  }
}
