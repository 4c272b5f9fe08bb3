package io.finnexus.retention;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.finnexus.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL per test JVM (from the embedded module); each test class gets a fresh
 * database migrated with this module's Flyway migration, V20__retention.sql.
 */
public final class RetentionDatabase {

  private static final String MIGRATION = "V20__retention.sql";
  private static EmbeddedPostgres server;

  private RetentionDatabase() {}

  /** A new, migrated database named {@code name}. */
  public static synchronized DataSource fresh(String name) {
    if (server == null) {
      server = EmbeddedPostgres.ephemeral().start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(server.createDatabase(name));
    pool.setUsername(server.user());
    pool.setPassword(server.password());
    pool.setMaximumPoolSize(4);
    pool.setPoolName("retention-it-" + name);
    DataSource dataSource = new HikariDataSource(pool);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + migrationDirectory())
        .load()
        .migrate();
    return dataSource;
  }

  /** Runs SQL statements (test fixtures). */
  public static void sql(DataSource dataSource, String... statements) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query, as a long. */
  public static long longValue(DataSource dataSource, String query) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query, as text. */
  public static String text(DataSource dataSource, String query) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A directory holding only this module's migration: the source file in the schemas module when
   * run from the reactor (the newest version), else the copy on the classpath (schemas jar).
   */
  private static Path migrationDirectory() {
    try {
      Path dir = Files.createTempDirectory("retention-migration");
      Path source = Path.of("../schemas/src/main/resources/db/migration", MIGRATION);
      if (Files.exists(source)) {
        Files.copy(source, dir.resolve(MIGRATION));
      } else {
        try (InputStream in =
            RetentionDatabase.class.getResourceAsStream("/db/migration/" + MIGRATION)) {
          if (in == null) {
            throw new IllegalStateException(
                MIGRATION + " found neither in schemas/ nor on the classpath");
          }
          Files.copy(in, dir.resolve(MIGRATION), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
