package io.finnexus.models.features;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.fraud.AccountProfile;
import io.finnexus.scoring.fraud.FeatureExtractor;
import io.finnexus.scoring.fraud.FeatureSchema;
import io.finnexus.scoring.fraud.FraudThresholds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training features computed by the scoring core's own {@link FeatureExtractor} over one in-memory
 * {@link AccountProfile} per account, exactly as {@code FraudScorer} does in the engines: the one
 * code path for training and scoring. A model trained on these loads into the engines; a model
 * trained on any other schema is refused there.
 */
public final class CoreFraudFeatures implements TransactionFeatures {
  private final FeatureExtractor extractor = new FeatureExtractor(FraudThresholds.defaults());
  private final Map<String, AccountProfile> profiles = new HashMap<>();

  @Override
  public List<String> names() {
    return FeatureSchema.NAMES;
  }

  @Override
  public String schemaVersion() {
    return FeatureSchema.VERSION;
  }

  @Override
  public double[] extractAndUpdate(Transaction tx) {
    AccountProfile profile = profiles.computeIfAbsent(tx.getAccountId(), k -> new AccountProfile());
    double[] features = extractor.extract(tx, profile).values();
    extractor.learn(tx, profile);
    return features;
  }
}
