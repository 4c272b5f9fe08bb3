package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.movement.Movement;
import java.util.List;

/**
 * Account takeover: a non-card payment from a device the account never used, of at least {@code
 * atoAmountMultiple} × the account's median non-card payment and at least {@code atoMinMinor}.
 */
public final class AccountTakeoverRule implements FraudRule {
  private final FraudThresholds t;

  public AccountTakeoverRule(FraudThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public Kind kind() {
    return Kind.ACCOUNT_TAKEOVER;
  }

  @Override
  public double weight() {
    return 0.8;
  }

  @Override
  public boolean hits(Transaction tx, FeatureVector f, AccountProfile p) {
    if (tx.getDirection() != Direction.DEBIT || tx.getChannel() == Channel.CARD || f.get(19) < 1) {
      return false;
    }
    long amount = Movement.minor(tx.getAmount());
    long median = p.otherDebits.median();
    return amount >= t.atoMinMinor() && median > 0 && amount >= t.atoAmountMultiple() * median;
  }

  @Override
  public List<String> evidenceFeatures() {
    return List.of("new_device", "amount_to_median", "amount_zscore");
  }

  @Override
  public String summary(Transaction tx, FeatureVector f, AccountProfile p) {
    return "Payment of "
        + tx.getAmount().stripTrailingZeros().toPlainString()
        + " "
        + tx.getCurrency()
        + " from a never-seen device, "
        + Math.round(f.get(2))
        + "× the account's median payment of "
        + Movement.major(p.otherDebits.median()).stripTrailingZeros().toPlainString();
  }
}
