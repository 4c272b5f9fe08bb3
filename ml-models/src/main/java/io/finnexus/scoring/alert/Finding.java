package io.finnexus.scoring.alert;

import io.finnexus.schemas.avro.FeatureEvidence;
import io.finnexus.scoring.Typology;
import java.util.List;

/**
 * What a detector or fraud rule found, before it becomes an {@code Alert}. {@code episodeKey}
 * identifies the episode (e.g. its start time, or a loop's members and day): together with the
 * typology and account it determines the alert id, so a re-emission in the same episode (with more
 * evidence) upserts the same alert instead of adding one.
 *
 * @param involvedAccounts monitored accounts taking part, in flow order for paths
 * @param totalMinor total amount of the cited transactions, minor units
 * @param evidence features with the account's normal value and contribution to {@code riskScore}
 */
public record Finding(
    Typology typology,
    String episodeKey,
    String account,
    String customer,
    long time,
    double riskScore,
    List<String> involvedAccounts,
    List<String> transactionIds,
    long totalMinor,
    String currency,
    String summary,
    List<String> ruleHits,
    List<FeatureEvidence> evidence) {

  /** Evidence shorthand: a feature, the account's normal value (may be null), its contribution. */
  public static FeatureEvidence feature(String name, double value, Double normal, double share) {
    return new FeatureEvidence(name, value, normal, share);
  }
}
