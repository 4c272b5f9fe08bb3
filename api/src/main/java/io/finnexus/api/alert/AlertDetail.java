package io.finnexus.api.alert;

import java.time.Instant;
import java.util.List;

/**
 * An alert with everything an officer needs to judge it: the transactions, the rule hits, each
 * feature's value against the account's normal and its share of the score, and the model version.
 */
public record AlertDetail(
    AlertSummary alert,
    String engine,
    List<String> involvedAccounts,
    List<String> ruleHits,
    List<Feature> features,
    List<EvidenceTransaction> transactions,
    String modelId,
    String modelVersion,
    List<String> caseIds,
    String closedBy,
    Instant closedAt) {

  /** A feature's value, the account's usual value (may be null) and its contribution. */
  public record Feature(String name, double value, Double normal, double contribution) {}

  /**
   * A transaction named by the alert; {@code found=false} when the monitored-transaction archive
   * has no row for it (then only the id is known).
   */
  public record EvidenceTransaction(
      String transactionId,
      boolean found,
      String accountId,
      String direction,
      String amount,
      String currency,
      Instant eventTime,
      String reference) {}
}
