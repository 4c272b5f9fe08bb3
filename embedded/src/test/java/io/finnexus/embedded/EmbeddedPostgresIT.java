package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The PostgreSQL contract against {@link EmbeddedPostgres}, plus its own API. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPostgresIT extends PostgresContract {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() {
    postgres = StartupTimes.measure("PostgreSQL", EmbeddedPostgres.ephemeral()::start);
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  @Override
  protected String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  @Override
  protected String user() {
    return postgres.user();
  }

  @Override
  protected String password() {
    return postgres.password();
  }

  @Test
  void eachCreatedDatabaseStartsEmptyAndIsolated() throws SQLException {
    String first = postgres.createDatabase("isolation_one");
    postgres.createDatabase("isolation_two");
    try (Connection connection = postgres.dataSource("isolation_one").getConnection()) {
      connection.createStatement().execute("CREATE TABLE only_here (id INT)");
    }
    assertThat(first).isEqualTo(postgres.jdbcUrl("isolation_one"));
    assertThat(tableCount("isolation_one")).isEqualTo(1);
    assertThat(tableCount("isolation_two")).isZero();
  }

  @Test
  void creatingAnExistingDatabaseIsRejected() {
    postgres.createDatabase("taken");
    assertThatThrownBy(() -> postgres.createDatabase("taken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closeReleasesThePort() {
    int port = postgres.port();
    assertThat(FreePorts.isListening(port)).isTrue();
    postgres.close();
    assertThat(postgres.isRunning()).isFalse();
    assertThat(FreePorts.isListening(port)).isFalse();
  }

  private static int tableCount(String database) throws SQLException {
    try (Connection connection = postgres.dataSource(database).getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
