package io.finnexus.batch.jobs.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away database on the live PostgreSQL server, named after the verification run so that a
 * restarted run finds its own scratch database again.
 */
final class ScratchDatabase {

  private final DataSource live;
  private final String name;
  private final String password;

  ScratchDatabase(DataSource live, String name, String password) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("bad scratch database name " + name);
    }
    this.live = live;
    this.name = name;
    this.password = password;
  }

  String name() {
    return name;
  }

  /** Drops any leftover and creates it empty. */
  void recreate() throws SQLException {
    drop();
    execute("CREATE DATABASE " + name);
  }

  void drop() throws SQLException {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** A data source on the scratch database, same server and user as the live one. */
  DataSource dataSource() throws SQLException {
    try (Connection c = live.getConnection()) {
      String url = c.getMetaData().getURL();
      PGSimpleDataSource scratch = new PGSimpleDataSource();
      scratch.setURL(url);
      scratch.setDatabaseName(name);
      scratch.setUser(c.getMetaData().getUserName());
      scratch.setPassword(password);
      return scratch;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = live.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }
}
