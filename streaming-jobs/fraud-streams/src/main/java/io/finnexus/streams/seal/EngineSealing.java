package io.finnexus.streams.seal;

import io.finnexus.retention.seal.KeyStoreSettings;
import io.finnexus.retention.seal.PayloadSealer;
import io.finnexus.retention.seal.PayloadSealing;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's sealer from its environment ({@link KeyStoreSettings}: {@code FINNEXUS_DB_URL}, {@code
 * FINNEXUS_DB_USER}, {@code FINNEXUS_DB_PASSWORD}, {@code FINNEXUS_MASTER_KEY}): sealing when a key
 * store is configured, else {@link PayloadSealer#UNSEALED} with one WARN. Closing closes the key
 * store pool.
 */
public final class EngineSealing implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSealing.class);

  private final PayloadSealing sealing;

  private EngineSealing(PayloadSealing sealing) {
    this.sealing = sealing;
  }

  public static EngineSealing fromEnvironment() {
    return of(KeyStoreSettings.fromEnvironment());
  }

  static EngineSealing of(Optional<KeyStoreSettings> settings) {
    if (settings.isEmpty()) {
      LOG.warn(
          "no key store configured (FINNEXUS_DB_URL): scored-transactions and alerts are"
              + " published UNSEALED, personal fields in clear");
      return new EngineSealing(null);
    }
    LOG.info("personal fields of published records are sealed; key store {}", settings.get());
    return new EngineSealing(PayloadSealing.connect(settings.get(), "fraud-streams-key-store"));
  }

  public PayloadSealer sealer() {
    return sealing == null ? PayloadSealer.UNSEALED : sealing.sealer();
  }

  @Override
  public void close() {
    if (sealing != null) {
      sealing.close();
    }
  }
}
