package io.finnexus.api.intake;

import io.finnexus.api.alert.RiskBand;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.FeatureEvidence;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps an Avro {@link Alert} to the parameters of the upsert, its personal fields (account,
 * involved accounts, summary) sealed under the customer's data key.
 */
final class AlertRecordMapper {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AlertRecordMapper() {}

  static Object[] parameters(Alert a, PersonalFields personal) {
    String subject = a.getCustomerId();
    return new Object[] {
      a.getAlertId(),
      typology(a),
      a.getKind().name(),
      a.getEngine(),
      Timestamp.from(a.getCreatedAt()),
      a.getRiskScore(),
      RiskBand.of(a.getRiskScore()).name(),
      personal.seal(subject, PersonalFields.ALERT_ACCOUNT, a.getAccountId()),
      subject,
      personal.seal(subject, PersonalFields.ALERT_INVOLVED_ACCOUNT, a.getInvolvedAccounts()),
      a.getTransactionIds().toArray(String[]::new),
      a.getTotalAmount(),
      a.getCurrency(),
      personal.seal(subject, PersonalFields.ALERT_SUMMARY, a.getSummary()),
      a.getRuleHits().toArray(String[]::new),
      featuresJson(a.getFeatures()),
      a.getModelId(),
      a.getModelVersion()
    };
  }

  /** The typology as stored (upper case), also the {@code typology} tag of the intake meters. */
  static String typology(Alert a) {
    return a.getTypology().toUpperCase(java.util.Locale.ROOT);
  }

  static String featuresJson(List<FeatureEvidence> features) {
    List<Map<String, Object>> out =
        features.stream()
            .map(
                f -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", f.getName());
                  m.put("value", finite(f.getValue()));
                  m.put("normal", f.getNormal() == null ? null : finite(f.getNormal()));
                  m.put("contribution", finite(f.getContribution()));
                  return m;
                })
            .toList();
    return JSON.writeValueAsString(out);
  }

  /** JSON has no NaN or infinity: such a value is recorded as 0 rather than failing the batch. */
  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0.0;
  }
}
