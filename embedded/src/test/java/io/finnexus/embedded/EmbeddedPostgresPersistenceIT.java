package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's promise: what PostgreSQL stored is still there after a restart on the same dir. */
class EmbeddedPostgresPersistenceIT {

  @Test
  void dataSurvivesARestartOnTheSameDirectory(@TempDir Path dataDirectory) throws SQLException {
    try (EmbeddedPostgres first = EmbeddedPostgres.persistent(dataDirectory).start();
        Connection connection = first.dataSource().getConnection()) {
      connection.createStatement().execute("CREATE TABLE audit (entry TEXT)");
      connection.createStatement().execute("INSERT INTO audit VALUES ('case closed')");
    }
    assertThat(dataDirectory.resolve("PG_VERSION")).exists();

    try (EmbeddedPostgres second = EmbeddedPostgres.persistent(dataDirectory).start();
        Connection connection = second.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery("SELECT entry FROM audit")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("case closed");
    }
  }

  @Test
  void theSameServerStartedAgainListensOnTheSamePort(@TempDir Path dataDirectory)
      throws SQLException {
    EmbeddedPostgres server = EmbeddedPostgres.persistent(dataDirectory).start();
    String url = server.jdbcUrl();
    try (Connection connection = server.dataSource().getConnection()) {
      connection.createStatement().execute("CREATE TABLE alert (id TEXT)");
    } finally {
      server.close();
    }
    try (EmbeddedPostgres again = server.start();
        Connection connection = again.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM alert")) {
      assertThat(again.jdbcUrl()).isEqualTo(url);
      assertThat(rows.next()).isTrue();
    }
  }
}
