package io.finnexus.flink.aml;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;

/** Turns a scoring-core finding into the alert record the job emits (engine {@value #ENGINE}). */
public final class Alerts {
  /** The {@code engine} field of every alert this job raises. */
  public static final String ENGINE = "aml-flink";

  private Alerts() {}

  public static AlertRecord of(Finding finding) {
    Alert alert = AlertFactory.toAlert(finding, ENGINE);
    return new AlertRecord(
        alert.getAlertId(),
        alert.getTypology(),
        alert.getAccountId(),
        finding.time(),
        FinNexusSerdes.alertCodec().encode(alert));
  }
}
