package io.finnexus.app.batch;

import io.finnexus.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The PostgreSQL a command works on: the given JDBC URL, else the embedded server on the data
 * directory (started here, stopped on close).
 */
final class Database implements AutoCloseable {

  final String url;
  final String user;
  final String password;
  private final EmbeddedPostgres embedded;

  private Database(String url, String user, String password, EmbeddedPostgres embedded) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  static Database open(String jdbcUrl, String user, String password, Path dataDir) {
    if (jdbcUrl != null) {
      return new Database(jdbcUrl, user, password, null);
    }
    EmbeddedPostgres pg = EmbeddedPostgres.persistent(dataDir.resolve("postgres")).start();
    return new Database(pg.jdbcUrl(), pg.user(), pg.password(), pg);
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
