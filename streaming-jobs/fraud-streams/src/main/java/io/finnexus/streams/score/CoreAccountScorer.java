package io.finnexus.streams.score;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.fraud.AccountProfile;
import io.finnexus.scoring.fraud.Assessment;
import io.finnexus.scoring.fraud.FraudScorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AccountScorer} over the scoring core's {@link FraudScorer}: decodes the account's
 * {@link AccountProfile} from the stored bytes, lets the core score the transaction (features,
 * rules, champion and shadow models; the profile learns the transaction), and maps the core's
 * {@link Assessment} to the Avro records. No scoring logic of its own.
 *
 * <p>Stored state that cannot be decoded (e.g. written by a newer codec version) is logged and
 * replaced by a fresh profile rather than stopping the app.
 *
 * <p>Each task scores through its own {@link #forTask()} copy, which keeps the decoded profiles of
 * its recently scored accounts ({@link DecodedProfiles}), so a busy account skips the decode.
 */
public final class CoreAccountScorer implements AccountScorer {

  /** The {@code engine} of the alerts this app raises. */
  public static final String ENGINE = "fraud-streams";

  private static final Logger LOG = LoggerFactory.getLogger(CoreAccountScorer.class);

  private final FraudScorer scorer;
  private final Clock clock;
  private final int cachedAccounts;
  private final DecodedProfiles profiles;

  /** A scorer whose tasks each keep up to {@code cachedAccounts} decoded profiles (0 = none). */
  public CoreAccountScorer(FraudScorer scorer, Clock clock, int cachedAccounts) {
    if (cachedAccounts < 0) {
      throw new IllegalArgumentException("cached accounts must be >= 0: " + cachedAccounts);
    }
    this.scorer = scorer;
    this.clock = clock;
    this.cachedAccounts = cachedAccounts;
    this.profiles = new DecodedProfiles(cachedAccounts);
  }

  @Override
  public AccountScorer forTask() {
    return new CoreAccountScorer(scorer, clock, cachedAccounts);
  }

  @Override
  public Outcome score(Transaction transaction, byte[] previousState) {
    String account = transaction.getAccountId();
    AccountProfile profile = previousState == null ? null : profiles.take(account, previousState);
    if (profile == null) {
      profile = profile(account, previousState);
    }
    Assessment assessment = scorer.score(transaction, profile);
    List<Alert> alerts = new ArrayList<>(assessment.findings().size());
    for (Finding finding : assessment.findings()) {
      alerts.add(
          AlertFactory.toAlert(finding, ENGINE, assessment.modelId(), assessment.modelVersion()));
    }
    byte[] nextState = profile.toBytes();
    profiles.put(account, nextState, profile);
    return new Outcome(scored(transaction, assessment), alerts, nextState);
  }

  private ScoredTransaction scored(Transaction transaction, Assessment assessment) {
    return ScoredTransaction.newBuilder()
        .setTransaction(transaction)
        .setRiskScore(assessment.riskScore())
        .setModelScore(assessment.modelScore())
        .setModelId(assessment.modelId())
        .setModelVersion(assessment.modelVersion())
        .setRuleHits(new ArrayList<>(assessment.ruleHits()))
        .setShadowScores(new HashMap<>(assessment.shadowScores()))
        .setAlerted(assessment.alerted())
        .setScoredAt(clock.instant())
        .build();
  }

  private static AccountProfile profile(String account, byte[] stored) {
    if (stored == null) {
      return new AccountProfile();
    }
    try {
      return AccountProfile.fromBytes(stored);
    } catch (IllegalArgumentException e) {
      LOG.warn("state of account {} is unreadable ({}), starting afresh", account, e.getMessage());
      return new AccountProfile();
    }
  }
}
