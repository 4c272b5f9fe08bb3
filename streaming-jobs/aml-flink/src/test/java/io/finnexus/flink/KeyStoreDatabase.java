package io.finnexus.flink;

import io.finnexus.embedded.EmbeddedPostgres;
import io.finnexus.retention.seal.KeyStoreSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL holding the key store (table {@code subject_key} of migration V20, as the API's
 * database has it) and a random master key: what the job is given in production.
 */
final class KeyStoreDatabase implements AutoCloseable {

  private static final String MIGRATION = "db/migration/V20__retention.sql";

  private final EmbeddedPostgres postgres = EmbeddedPostgres.ephemeral().start();
  private final String masterKey;
  final String jdbcUrl;

  KeyStoreDatabase() throws IOException, SQLException {
    jdbcUrl = postgres.createDatabase("keys");
    try (InputStream sql = getClass().getClassLoader().getResourceAsStream(MIGRATION);
        Connection c = postgres.dataSource("keys").getConnection();
        Statement st = c.createStatement()) {
      st.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    masterKey = Base64.getEncoder().encodeToString(key);
  }

  /** The settings as the app reads them (system properties / environment). */
  Map<String, String> properties() {
    return Map.of(
        "finnexus.db.url",
        jdbcUrl,
        "finnexus.db.user",
        postgres.user(),
        "finnexus.db.password",
        postgres.password(),
        "finnexus.master-key",
        masterKey);
  }

  KeyStoreSettings settings() {
    return KeyStoreSettings.from(properties()::get, new Properties()).orElseThrow();
  }

  @Override
  public void close() {
    postgres.close();
  }
}
