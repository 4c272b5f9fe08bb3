package io.finnexus.bench;

import io.finnexus.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

/**
 * The key store an engine seals its published records with ({@code --seal on}): an embedded
 * PostgreSQL with the {@code subject_key} table (migration V20) and a random master key, handed to
 * the engine's process as the environment the API's deployment gives it.
 */
final class BenchKeyStore implements AutoCloseable {

  private static final String MIGRATION = "db/migration/V20__retention.sql";

  private final EmbeddedPostgres postgres;
  private final Map<String, String> environment;

  private BenchKeyStore(EmbeddedPostgres postgres, Map<String, String> environment) {
    this.postgres = postgres;
    this.environment = environment;
  }

  static BenchKeyStore start() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.ephemeral().start();
    String url = postgres.createDatabase("bench_keys");
    try (InputStream sql = BenchKeyStore.class.getClassLoader().getResourceAsStream(MIGRATION);
        Connection c = postgres.dataSource("bench_keys").getConnection();
        Statement st = c.createStatement()) {
      st.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new BenchKeyStore(
        postgres,
        Map.of(
            "FINNEXUS_DB_URL", url,
            "FINNEXUS_DB_USER", postgres.user(),
            "FINNEXUS_DB_PASSWORD", postgres.password(),
            "FINNEXUS_MASTER_KEY", Base64.getEncoder().encodeToString(key)));
  }

  /** The variables to add to the engine's environment. */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void close() {
    postgres.close();
  }
}
