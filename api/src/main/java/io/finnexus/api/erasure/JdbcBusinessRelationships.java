package io.finnexus.api.erasure;

import io.finnexus.retention.erasure.BusinessRelationships;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Relationship dates from {@code business_relationship} (fed by the customer-master sync, migration
 * V42). Conservative on AML records: a subject's latest alert counts as activity, so a relationship
 * is treated as ending no earlier than that alert, and a subject with alerts but no relationship
 * row (an occasional customer or counterparty) is kept 5 years after their latest alert.
 */
final class JdbcBusinessRelationships implements BusinessRelationships {

  private final JdbcTemplate jdbc;

  JdbcBusinessRelationships(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Relationship> find(String subjectId) {
    List<Relationship> declared =
        jdbc.query(
            "SELECT started_on, ended_on FROM business_relationship WHERE subject_id = ?",
            (rs, n) -> new Relationship(date(rs.getDate(1)), date(rs.getDate(2))),
            subjectId);
    List<Relationship> alerts =
        jdbc.query(
            "SELECT min(created_at)::date, max(created_at)::date FROM alert WHERE customer_id = ?",
            (rs, n) -> new Relationship(date(rs.getDate(1)), date(rs.getDate(2))),
            subjectId);
    Relationship activity =
        alerts.isEmpty() || alerts.get(0).started() == null ? null : alerts.get(0);
    if (declared.isEmpty()) {
      return Optional.ofNullable(activity);
    }
    Relationship r = declared.get(0);
    if (r.ended() == null || activity == null || !activity.ended().isAfter(r.ended())) {
      return Optional.of(r);
    }
    return Optional.of(new Relationship(r.started(), activity.ended()));
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
