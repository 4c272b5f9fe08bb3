package io.finnexus.api.casework;

import io.finnexus.api.alert.AlertSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SQL over {@code alert_case}, {@code case_alert} and {@code case_comment}; free text is passed in
 * and returned as stored (see {@link CaseText}).
 */
@Repository
class CaseRepository {

  private final JdbcTemplate jdbc;

  CaseRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String caseId, String subjectId, String title, String assignee) {
    jdbc.update(
        "INSERT INTO alert_case (case_id, subject_id, title, status, assignee)"
            + " VALUES (?, ?, ?, 'OPEN', ?)",
        caseId,
        subjectId,
        title,
        assignee);
  }

  /**
   * The case's data subject for these alerts: the customer of the first of {@code alertIds} (in the
   * order given) that names one; empty when none does.
   */
  Optional<String> primaryCustomer(List<String> alertIds) {
    Map<String, String> customers = new HashMap<>();
    jdbc.query(
        "SELECT alert_id, customer_id FROM alert WHERE alert_id = ANY(?) AND customer_id IS NOT"
            + " NULL",
        rs -> {
          customers.put(rs.getString(1), rs.getString(2));
        },
        (Object) alertIds.toArray(String[]::new));
    return alertIds.stream().map(customers::get).filter(Objects::nonNull).findFirst();
  }

  /** Sets the subject of a case that had none, with its title and narrative re-stored. */
  void adoptSubject(String caseId, String subjectId, String title, String sarNarrative) {
    jdbc.update(
        "UPDATE alert_case SET subject_id = ?, title = ?, sar_narrative = ?, updated_at = now()"
            + " WHERE case_id = ? AND subject_id IS NULL",
        subjectId,
        title,
        sarNarrative,
        caseId);
  }

  void rewriteComment(long commentId, String body) {
    jdbc.update("UPDATE case_comment SET body = ? WHERE comment_id = ?", body, commentId);
  }

  void addAlerts(String caseId, List<String> alertIds, String actor) {
    for (String alertId : alertIds) {
      jdbc.update(
          "INSERT INTO case_alert (case_id, alert_id, added_by) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          caseId,
          alertId,
          actor);
    }
  }

  /** Locks and reads the case row (FOR UPDATE: one workflow change at a time). */
  Optional<CaseRow> lock(String caseId) {
    return jdbc
        .query("SELECT * FROM alert_case WHERE case_id = ? FOR UPDATE", (rs, n) -> row(rs), caseId)
        .stream()
        .findFirst();
  }

  Optional<CaseRow> find(String caseId) {
    return jdbc
        .query("SELECT * FROM alert_case WHERE case_id = ?", (rs, n) -> row(rs), caseId)
        .stream()
        .findFirst();
  }

  List<CaseRow> list(String status, String assignee, int limit) {
    return jdbc.query(
        "SELECT * FROM alert_case WHERE (?::text IS NULL OR status = ?) AND (?::text IS NULL OR"
            + " assignee = ?) ORDER BY created_at DESC, case_id LIMIT ?",
        (rs, n) -> row(rs),
        status,
        status,
        assignee,
        assignee,
        limit);
  }

  List<String> alertIds(String caseId) {
    return jdbc.queryForList(
        "SELECT alert_id FROM case_alert WHERE case_id = ? ORDER BY added_at, alert_id",
        String.class,
        caseId);
  }

  List<CaseView.Comment> comments(String caseId) {
    return jdbc.query(
        "SELECT comment_id, author, body, created_at FROM case_comment WHERE case_id = ? ORDER BY"
            + " created_at, comment_id",
        (rs, n) ->
            new CaseView.Comment(
                rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, "created_at")),
        caseId);
  }

  void comment(String caseId, String author, String body) {
    jdbc.update(
        "INSERT INTO case_comment (case_id, author, body) VALUES (?, ?, ?)", caseId, author, body);
  }

  void update(String caseId, String setClause, Object... args) {
    Object[] all = new Object[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = caseId;
    jdbc.update(
        "UPDATE alert_case SET " + setClause + ", updated_at = now() WHERE case_id = ?", all);
  }

  static CaseView view(CaseRow r, List<AlertSummary> alerts, List<CaseView.Comment> comments) {
    return new CaseView(
        r.caseId(),
        r.title(),
        r.status().name(),
        r.assignee(),
        r.disposition(),
        r.preparedBy(),
        r.approvedBy(),
        r.escalatedBy(),
        r.sarNarrative(),
        r.createdAt(),
        r.updatedAt(),
        r.closedAt(),
        alerts,
        comments);
  }

  private static CaseRow row(ResultSet rs) throws SQLException {
    return new CaseRow(
        rs.getString("case_id"),
        rs.getString("subject_id"),
        rs.getString("title"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("assignee"),
        rs.getString("disposition"),
        rs.getString("prepared_by"),
        rs.getString("approved_by"),
        rs.getString("escalated_by"),
        rs.getString("sar_narrative"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
