package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.movement.Movement;
import java.util.List;

/**
 * Amount spike: a card payment of at least {@code spikeMultiple} × the account's median card
 * payment (over its last 32), once there are {@code spikeMinHistory} payments of history, and at
 * least {@code spikeMinMinor}.
 */
public final class AmountSpikeRule implements FraudRule {
  private final FraudThresholds t;

  public AmountSpikeRule(FraudThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Kind kind() {
    return Kind.AMOUNT_SPIKE;
  }

  @Override
  public double weight() {
    return 0.7;
  }

  @Override
  public boolean hits(Transaction tx, FeatureVector f, AccountProfile p) {
    if (tx.getChannel() != Channel.CARD || p.cardAmounts.size() < t.spikeMinHistory()) {
      return false;
    }
    long amount = Movement.minor(tx.getAmount());
    return amount >= t.spikeMinMinor() && f.get(2) >= t.spikeMultiple();
  }

  @Override
  public List<String> evidenceFeatures() {
    return List.of("amount_to_median", "amount_zscore");
  }

  @Override
  public String summary(Transaction tx, FeatureVector f, AccountProfile p) {
    return "Card payment of "
        + tx.getAmount().stripTrailingZeros().toPlainString()
        + " "
        + tx.getCurrency()
        + " is "
        + Math.round(f.get(2))
        + "× the account's median card payment"
        + " of "
        + Movement.major(p.cardAmounts.median()).stripTrailingZeros().toPlainString();
  }
}
