package io.finnexus.scoring.fraud;

import io.finnexus.scoring.alert.Finding;
import java.util.List;
import java.util.Map;

/**
 * The fraud verdict on one transaction: the combined risk in [0,1], the rule part and the champion
 * model part (null without a model), shadow challengers' scores (recorded, never acted on), the
 * rules that fired, one {@link Finding} per fired rule (to become alerts), and the features.
 */
public record Assessment(
    double riskScore,
    double ruleScore,
    Double modelScore,
    String modelId,
    String modelVersion,
    Map<String, Double> shadowScores,
    List<String> ruleHits,
    List<Finding> findings,
    FeatureVector features) {

  public boolean alerted() {
    return !findings.isEmpty();
  }
}
