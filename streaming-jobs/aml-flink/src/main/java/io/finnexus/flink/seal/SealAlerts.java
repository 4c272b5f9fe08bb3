package io.finnexus.flink.seal;

import io.finnexus.flink.event.AlertRecord;
import io.finnexus.retention.seal.KeyStoreSettings;
import io.finnexus.retention.seal.PayloadSealer;
import io.finnexus.retention.seal.PayloadSealing;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals each alert's personal fields before the transactional sink. The key store is read in {@link
 * #open} on the task manager, from its environment ({@link KeyStoreSettings}: {@code
 * FINNEXUS_DB_URL}, {@code FINNEXUS_DB_USER}, {@code FINNEXUS_DB_PASSWORD}, {@code
 * FINNEXUS_MASTER_KEY}), so no secret travels in the job graph. Without a key store the alerts pass
 * unsealed, with one WARN per subtask and the gauge {@code payloadsSealed} = 0. Stateless:
 * exactly-once is the sink's, a replay after a failure seals again (fresh nonces) into a new Kafka
 * transaction.
 */
public final class SealAlerts extends RichMapFunction<AlertRecord, AlertRecord> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SealAlerts.class);

  /** Explicit settings (tests only: they travel in the job graph); empty = the environment. */
  private final HashMap<String, String> explicit;

  private transient PayloadSealing sealing;
  private transient PayloadSealer sealer;

  private SealAlerts(Map<String, String> explicit) {
    this.explicit = new HashMap<>(explicit);
  }

  /** Production: settings from the task manager's environment. */
  public static SealAlerts fromEnvironment() {
    return new SealAlerts(Map.of());
  }

  /** Settings given here ({@code finnexus.db.url} ...), for tests on a MiniCluster. */
  public static SealAlerts withSettings(Map<String, String> settings) {
    return new SealAlerts(settings);
  }

  @Override
  public void open(OpenContext openContext) {
    Optional<KeyStoreSettings> settings =
        explicit.isEmpty()
            ? KeyStoreSettings.fromEnvironment()
            : KeyStoreSettings.from(explicit::get, new Properties());
    if (settings.isPresent()) {
      sealing = PayloadSealing.connect(settings.get(), "aml-flink-key-store");
      sealer = sealing.sealer();
    } else {
      LOG.warn(
          "no key store configured (FINNEXUS_DB_URL): alerts are published UNSEALED,"
              + " personal fields in clear");
      sealer = PayloadSealer.UNSEALED;
    }
    boolean seals = sealer.seals();
    getRuntimeContext().getMetricGroup().gauge("payloadsSealed", () -> seals ? 1 : 0);
  }

  @Override
  public AlertRecord map(AlertRecord record) {
    if (!sealer.seals()) {
      return record;
    }
    Alert alert = FinNexusSerdes.alertCodec().decode(record.avro);
    AlertRecord sealed =
        new AlertRecord(
            record.alertId,
            record.typology,
            record.accountId,
            record.time,
            FinNexusSerdes.alertCodec().encode(sealer.seal(alert)));
    sealed.traceparent = record.traceparent;
    return sealed;
  }

  @Override
  public void close() {
    if (sealing != null) {
      sealing.close();
    }
  }
}
