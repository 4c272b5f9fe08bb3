package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.movement.Movement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Card testing: at least {@code cardTestingMinAuths} card authorisations under {@code
 * smallAuthMinor} at distinct merchants within {@code cardTestingWindow} (this one included).
 */
public final class CardTestingRule implements FraudRule {
  private final FraudThresholds t;

  public CardTestingRule(FraudThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Kind kind() {
    return Kind.CARD_TESTING;
  }

  @Override
  public double weight() {
    return 0.9;
  }

  @Override
  public boolean hits(Transaction tx, FeatureVector f, AccountProfile p) {
    if (tx.getChannel() != Channel.CARD
        || Movement.minor(tx.getAmount()) >= t.smallAuthMinor()
        || f.get(24) + 1 < t.cardTestingMinAuths()) {
      return false;
    }
    return distinctProbeMerchants(tx, p) >= t.cardTestingMinAuths();
  }

  private int distinctProbeMerchants(Transaction tx, AccountProfile p) {
    long since = tx.getEventTime().toEpochMilli() - t.cardTestingWindow().toMillis();
    Set<Long> merchants = new HashSet<>();
    merchants.add(
        io.finnexus.scoring.state.RecentSet.key(
            tx.getMerchantId() != null ? tx.getMerchantId() : tx.getCounterpartyAccountId()));
    for (int i = 0; i < AccountProfile.PROBES; i++) {
      if (p.probeTimes[i] != Long.MIN_VALUE && p.probeTimes[i] >= since) {
        merchants.add(p.probeMerchants[i]);
      }
    }
    return merchants.size();
  }

  @Override
  public List<String> cited(Transaction tx, AccountProfile p) {
    long since = tx.getEventTime().toEpochMilli() - t.cardTestingWindow().toMillis();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < AccountProfile.PROBES; i++) {
      if (p.probeTimes[i] != Long.MIN_VALUE && p.probeTimes[i] >= since && p.probeIds[i] != null) {
        ids.add(p.probeIds[i]);
      }
    }
    ids.add(tx.getTransactionId().toString());
    return ids;
  }

  @Override
  public List<String> evidenceFeatures() {
    return List.of("small_card_auths_10m", "amount");
  }

  @Override
  public String summary(Transaction tx, FeatureVector f, AccountProfile p) {
    return (int) f.get(24)
        + 1
        + " card authorisations under "
        + Movement.major(t.smallAuthMinor()).stripTrailingZeros().toPlainString()
        + " at distinct merchants within "
        + t.cardTestingWindow().toMinutes()
        + " min: the card is being tested";
  }
}
