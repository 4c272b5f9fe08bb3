package io.finnexus.retention.seal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;

/**
 * A writer's connection to the subject keys: a small connection pool on the key store, the key
 * cache and the sealer built on them. Key lookups are rare (the cache holds hot subjects), so two
 * connections suffice. Close it when the writer stops.
 */
public final class PayloadSealing implements AutoCloseable {

  private static final String DRIVER = "org.postgresql.Driver";

  private final HikariDataSource pool;
  private final SubjectKeys keys;
  private final PersonalDataCipher cipher;
  private final PayloadSealer sealer;

  private PayloadSealing(HikariDataSource pool, KeyStoreSettings settings) {
    this.pool = pool;
    this.keys =
        new SubjectKeys(
            new JdbcSubjectKeyStore(pool),
            LocalMasterKeys.fromConfig(settings.masterKey()),
            settings.keyCache());
    this.cipher = new EnvelopePersonalDataCipher(keys);
    this.sealer = new EnvelopePayloadSealer(cipher);
  }

  /** Connects lazily: the pool opens its first connection at the first key lookup. */
  public static PayloadSealing connect(KeyStoreSettings settings, String poolName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setDriverClassName(DRIVER);
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return new PayloadSealing(pool, settings);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public PayloadSealer sealer() {
    return sealer;
  }

  /** The keys, for erasure tooling and tests (shred, readable). */
  public SubjectKeys keys() {
    return keys;
  }

  /** The cipher, to open what {@link #sealer()} sealed. */
  public PersonalDataCipher cipher() {
    return cipher;
  }

  @Override
  public void close() {
    pool.close();
  }
}
