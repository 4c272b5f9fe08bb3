package io.finnexus.scoring.alert;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import io.finnexus.scoring.Typology;
import io.finnexus.scoring.movement.Movement;
import java.time.Instant;
import java.util.ArrayList;

/** Builds the Avro {@link Alert} for a {@link Finding}; {@code engine} names who raised it. */
public final class AlertFactory {
  private AlertFactory() {}

  public static Alert toAlert(Finding f, String engine, String modelId, String modelVersion) {
    return Alert.newBuilder()
        .setAlertId(AlertIds.of(f.typology().name(), f.account(), f.episodeKey()))
        .setTypology(f.typology().name())
        .setKind(f.typology().family() == Typology.Family.AML ? AlertKind.AML : AlertKind.FRAUD)
        .setEngine(engine)
        .setCreatedAt(Instant.ofEpochMilli(f.time()))
        .setRiskScore(f.riskScore())
        .setAccountId(f.account())
        .setCustomerId(f.customer())
        .setInvolvedAccounts(new ArrayList<>(f.involvedAccounts()))
        .setTransactionIds(new ArrayList<>(f.transactionIds()))
        .setTotalAmount(Movement.major(f.totalMinor()))
        .setCurrency(f.currency())
        .setSummary(f.summary())
        .setRuleHits(new ArrayList<>(f.ruleHits()))
        .setFeatures(new ArrayList<>(f.evidence()))
        .setModelId(modelId)
        .setModelVersion(modelVersion)
        .build();
  }

  public static Alert toAlert(Finding f, String engine) {
    return toAlert(f, engine, null, null);
  }
}
