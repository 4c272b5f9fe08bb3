package io.finnexus.api.alert;

import io.finnexus.api.personal.PersonalFields;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL over the {@code alert} table (V1, V30): queue pages, detail, workflow updates. */
@Repository
public class AlertRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final PersonalFields personal;

  public AlertRepository(JdbcTemplate jdbc, PersonalFields personal) {
    this.jdbc = jdbc;
    this.personal = personal;
  }

  /** One page (limit + 1 rows are fetched to know whether there is a next page). */
  public List<AlertSummary> page(AlertQuery q) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(AlertRows.SUMMARY_COLUMNS)
            .append(" FROM alert WHERE true");
    List<Object> args = new ArrayList<>();
    if (!q.statuses().isEmpty()) {
      sql.append(" AND status = ANY(?)");
      args.add(q.statuses().stream().map(Enum::name).toArray(String[]::new));
    }
    if (!q.typologies().isEmpty()) {
      sql.append(" AND typology = ANY(?)");
      args.add(q.typologies().toArray(String[]::new));
    }
    if (!q.riskBands().isEmpty()) {
      sql.append(" AND risk_band = ANY(?)");
      args.add(q.riskBands().stream().map(Enum::name).toArray(String[]::new));
    }
    optional(sql, args, " AND created_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
    optional(sql, args, " AND created_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
    optional(sql, args, " AND assignee = ?", q.assignee());
    optional(sql, args, " AND customer_id = ?", q.customerId());
    AlertSort sort = q.sort();
    String column = sort.column();
    if (q.cursor() != null) {
      sql.append(" AND (")
          .append(column)
          .append(", alert_id) ")
          .append(sort.ascending() ? ">" : "<");
      sql.append(" (?, ?)");
      args.add(
          column.equals("created_at")
              ? Timestamp.from(AlertRows.fromMicros(Long.parseLong(q.cursor().value())))
              : Double.parseDouble(q.cursor().value()));
      args.add(q.cursor().alertId());
    }
    String dir = sort.ascending() ? " ASC" : " DESC";
    sql.append(" ORDER BY ").append(column).append(dir).append(", alert_id").append(dir);
    sql.append(" LIMIT ?");
    args.add(q.limit() + 1);
    return jdbc.query(
        con -> {
          var ps = con.prepareStatement(sql.toString());
          for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof String[] values) {
              ps.setArray(i + 1, con.createArrayOf("text", values));
            } else {
              ps.setObject(i + 1, arg);
            }
          }
          return ps;
        },
        (rs, n) -> AlertRows.summary(rs, personal));
  }

  private static void optional(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      args.add(value);
    }
  }

  public Optional<AlertSummary> summary(String alertId) {
    return jdbc
        .query(
            "SELECT " + AlertRows.SUMMARY_COLUMNS + " FROM alert WHERE alert_id = ?",
            (rs, n) -> AlertRows.summary(rs, personal),
            alertId)
        .stream()
        .findFirst();
  }

  public Optional<AlertDetail> detail(String alertId) {
    return jdbc
        .query(
            "SELECT "
                + AlertRows.SUMMARY_COLUMNS
                + ", a.*, (SELECT array_agg(case_id ORDER BY"
                + " added_at) FROM case_alert c"
                + " WHERE c.alert_id = a.alert_id) AS case_ids FROM alert a WHERE alert_id = ?",
            (rs, n) -> detail(rs),
            alertId)
        .stream()
        .findFirst();
  }

  private AlertDetail detail(ResultSet rs) throws SQLException {
    List<String> transactionIds = strings(rs.getArray("transaction_ids"));
    List<AlertDetail.Feature> features =
        JSON.readValue(rs.getString("features"), new TypeReference<List<AlertDetail.Feature>>() {});
    return new AlertDetail(
        AlertRows.summary(rs, personal),
        rs.getString("engine"),
        personal.open(
            rs.getString("customer_id"),
            PersonalFields.ALERT_INVOLVED_ACCOUNT,
            strings(rs.getArray("involved_accounts"))),
        strings(rs.getArray("rule_hits")),
        features,
        transactions(transactionIds),
        rs.getString("model_id"),
        rs.getString("model_version"),
        strings(rs.getArray("case_ids")),
        rs.getString("closed_by"),
        AlertRows.instant(rs, "closed_at"));
  }

  private List<AlertDetail.EvidenceTransaction> transactions(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var found = new java.util.HashMap<String, AlertDetail.EvidenceTransaction>();
    jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "SELECT DISTINCT ON (transaction_id) transaction_id, account_id, direction,"
                      + " amount_minor, currency, event_time, reference FROM monitored_transaction"
                      + " WHERE transaction_id = ANY(?) ORDER BY transaction_id, id");
          ps.setArray(1, con.createArrayOf("text", ids.toArray()));
          return ps;
        },
        rs -> {
          String id = rs.getString("transaction_id");
          found.put(
              id,
              new AlertDetail.EvidenceTransaction(
                  id,
                  true,
                  rs.getString("account_id"),
                  rs.getString("direction"),
                  MinorUnits.format(rs.getLong("amount_minor"), rs.getString("currency")),
                  rs.getString("currency"),
                  AlertRows.instant(rs, "event_time"),
                  rs.getString("reference")));
        });
    return ids.stream()
        .map(
            id ->
                found.getOrDefault(
                    id,
                    new AlertDetail.EvidenceTransaction(
                        id, false, null, null, null, null, null, null)))
        .toList();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** Assigns the alert; NEW becomes IN_REVIEW. Returns false when no such alert. */
  public boolean assign(String alertId, String assignee) {
    return jdbc.update(
            "UPDATE alert SET assignee = ?, status = CASE WHEN status = 'NEW' THEN 'IN_REVIEW' ELSE"
                + " status END, updated_at = now() WHERE alert_id = ?",
            assignee,
            alertId)
        == 1;
  }

  /** Closes open alerts with a disposition; returns how many changed. */
  public int close(List<String> alertIds, Disposition disposition, String actor) {
    return jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "UPDATE alert SET status = 'CLOSED', disposition = ?, closed_by = ?, closed_at ="
                      + " now(), updated_at = now() WHERE alert_id = ANY(?) AND status <> 'CLOSED'");
          ps.setString(1, disposition.wire());
          ps.setString(2, actor);
          ps.setArray(3, con.createArrayOf("text", alertIds.toArray()));
          return ps;
        });
  }

  /** Marks alerts as grouped into a case. */
  public void markInCase(List<String> alertIds) {
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "UPDATE alert SET status = 'IN_CASE', updated_at = now() WHERE alert_id = ANY(?)"
                      + " AND status <> 'CLOSED'");
          ps.setArray(1, con.createArrayOf("text", alertIds.toArray()));
          return ps;
        });
  }

  /** The ids among {@code alertIds} that exist. */
  public List<String> existing(List<String> alertIds) {
    return jdbc.query(
        con -> {
          var ps = con.prepareStatement("SELECT alert_id FROM alert WHERE alert_id = ANY(?)");
          ps.setArray(1, con.createArrayOf("text", alertIds.toArray()));
          return ps;
        },
        (rs, n) -> rs.getString(1));
  }
}
