package io.finnexus.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What FinNexus needs from PostgreSQL, checked through the JDBC driver against any target: the
 * embedded server by default, a container under the {@code containers} profile.
 */
abstract class PostgresContract {

  protected abstract String jdbcUrl();

  protected abstract String user();

  protected abstract String password();

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), password());
  }

  private static String uniqueTable(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void committedRowsReadBackWithExactMoney() throws SQLException {
    String table = uniqueTable("alerts");
    try (Connection connection = connect()) {
      connection
          .createStatement()
          .execute("CREATE TABLE " + table + " (id TEXT PRIMARY KEY, amount NUMERIC(18,4))");
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
        insert.setString(1, "a-1");
        insert.setBigDecimal(2, new BigDecimal("9999.9999"));
        insert.executeUpdate();
        insert.setString(1, "a-2");
        insert.setBigDecimal(2, new BigDecimal("0.0001"));
        insert.executeUpdate();
      }
      connection.commit();
    }
    try (Connection connection = connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT amount FROM " + table + " ORDER BY id")) {
      List<BigDecimal> amounts = new ArrayList<>();
      while (rows.next()) {
        amounts.add(rows.getBigDecimal(1));
      }
      assertThat(amounts).containsExactly(new BigDecimal("9999.9999"), new BigDecimal("0.0001"));
    }
  }

  @Test
  void rolledBackRowsAreGone() throws SQLException {
    String table = uniqueTable("cases");
    try (Connection connection = connect()) {
      connection.createStatement().execute("CREATE TABLE " + table + " (id TEXT PRIMARY KEY)");
      connection.setAutoCommit(false);
      connection.createStatement().execute("INSERT INTO " + table + " VALUES ('c-1')");
      connection.rollback();
      ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table);
      count.next();
      assertThat(count.getInt(1)).isZero();
    }
  }

  @Test
  void upsertByDeterministicIdNeverDuplicates() throws SQLException {
    String table = uniqueTable("upserts");
    String upsert =
        "INSERT INTO "
            + table
            + " (id, score) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score";
    try (Connection connection = connect()) {
      connection
          .createStatement()
          .execute("CREATE TABLE " + table + " (id TEXT PRIMARY KEY, score INT)");
      try (PreparedStatement statement = connection.prepareStatement(upsert)) {
        for (int score : new int[] {10, 20, 30}) {
          statement.setString(1, "same-alert");
          statement.setInt(2, score);
          statement.executeUpdate();
        }
      }
      ResultSet rows =
          connection.createStatement().executeQuery("SELECT count(*), max(score) FROM " + table);
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(rows.getInt(2)).isEqualTo(30);
    }
  }
}
