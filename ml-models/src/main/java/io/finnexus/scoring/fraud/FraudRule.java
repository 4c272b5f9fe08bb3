package io.finnexus.scoring.fraud;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.Typology;
import java.util.List;

/**
 * A fraud rule: a cheap test on the features and profile (as of just before the transaction), and
 * the evidence it cites when it fires. {@link #weight()} is its stand-alone risk; the scorer
 * combines the weights of all hits as independent evidence: {@code 1 - Π(1 - weight)}.
 */
public interface FraudRule {

  /** The rules, one per fraud typology. */
  enum Kind {
    CARD_TESTING(Typology.CARD_TESTING),
    IMPOSSIBLE_TRAVEL(Typology.IMPOSSIBLE_TRAVEL),
    ACCOUNT_TAKEOVER(Typology.ACCOUNT_TAKEOVER),
    AMOUNT_SPIKE(Typology.AMOUNT_SPIKE);

    private final Typology typology;

    Kind(Typology typology) {
      this.typology = typology;
    }

    public Typology typology() {
      return typology;
    }
  }

  Kind kind();

  double weight();

  boolean hits(Transaction tx, FeatureVector features, AccountProfile profile);

  /** Transactions the alert cites (this one and, e.g., earlier probes). */
  default List<String> cited(Transaction tx, AccountProfile profile) {
    return List.of(tx.getTransactionId().toString());
  }

  /** Names of the features that made it fire, for the explanation. */
  List<String> evidenceFeatures();

  /** One readable sentence. */
  String summary(Transaction tx, FeatureVector features, AccountProfile profile);
}
