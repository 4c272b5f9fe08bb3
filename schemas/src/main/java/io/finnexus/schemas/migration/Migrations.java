package io.finnexus.schemas.migration;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a PostgreSQL database to the current FinNexus schema with Flyway, from the SQL files in
 * {@code db/migration} on the classpath (shipped in this jar). Every process that owns tables (the
 * API, the batch jobs, the embedded mode, integration tests) calls it at start-up; running it again
 * on a migrated database does nothing.
 *
 * <p>Never cleans: Flyway's clean is disabled, so a misconfiguration cannot wipe data.
 */
public final class Migrations {

  /** Classpath location of the migration scripts. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies every pending migration to {@code dataSource}.
   *
   * @return the number of migrations applied (0 when already current)
   * @throws org.flywaydb.core.api.FlywayException if a migration fails or an applied one changed
   */
  public static int migrate(DataSource dataSource) {
    MigrateResult result = flyway(dataSource).migrate();
    return result.migrationsExecuted;
  }

  /** The configured Flyway, for callers that want {@code info()} or {@code validate()}. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .cleanDisabled(true)
        .load();
  }
}
