package io.finnexus.api.archive;

import io.finnexus.api.personal.PersonalFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one poll's records in one database transaction, idempotently per Kafka position: rows with
 * one multi-row {@code INSERT ... SELECT FROM unnest(...) ON CONFLICT (transaction_id, source) DO
 * NOTHING} (a round trip per batch, and an exact count of the rows inserted, which a rewritten JDBC
 * batch would not report), dead letters only where none exists yet for the same position and bytes.
 * A batch replayed after a crash therefore writes nothing twice.
 *
 * <p>A row of a subject already erased (a late or replayed record arriving after the erasure) is
 * stored without its personal data: account {@code [erased]}, no subject. Its transaction id,
 * amount, currency, direction and time stay, so reconciliation still matches it with the ledger by
 * transaction id instead of reporting a movement monitoring did see as missing; none of them names
 * the customer. (Skipping it would keep the archive complete by Kafka offsets but not by content.)
 */
@Component
class ArchiveWriter {

  static final String INSERT_ROWS =
      "INSERT INTO monitored_transaction (transaction_id, account_id, amount_minor, currency,"
          + " direction, event_time, source, subject_id)"
          + " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[],"
          + " ?::timestamptz[], ?::text[], ?::text[])"
          + " ON CONFLICT (transaction_id, source) DO NOTHING";

  static final String INSERT_DEAD_LETTER =
      "INSERT INTO dead_letter (reason_code, field, detail, raw_key, raw_value, source,"
          + " rejected_at) SELECT ?::text, ?::text, ?::text, ?::bytea, ?::bytea, ?::text,"
          + " ?::timestamptz WHERE NOT EXISTS (SELECT 1 FROM dead_letter WHERE source = ?::text"
          + " AND reason_code = ?::text AND raw_value IS NOT DISTINCT FROM ?::bytea)";

  /**
   * What one batch wrote.
   *
   * @param archived rows inserted
   * @param rejected dead letters inserted
   * @param replayed rows and dead letters already written by an earlier delivery
   * @param erasedSubject rows (archived or replayed) whose subject was erased, kept without account
   *     and subject
   */
  record Outcome(int archived, int rejected, int replayed, int erasedSubject) {}

  private final JdbcTemplate jdbc;
  private final ErasedSubjects erasedSubjects;

  ArchiveWriter(JdbcTemplate jdbc, ErasedSubjects erasedSubjects) {
    this.jdbc = jdbc;
    this.erasedSubjects = erasedSubjects;
  }

  @Transactional
  public Outcome write(List<ArchiveRow> received, List<RejectedRecord> rejected) {
    Set<String> erased =
        erasedSubjects.among(received.stream().map(ArchiveRow::subjectId).toList());
    List<ArchiveRow> rows =
        received.stream().map(r -> erased.contains(r.subjectId()) ? withoutSubject(r) : r).toList();
    int archived = rows.isEmpty() ? 0 : insertRows(rows);
    int deadLetters = 0;
    Timestamp now = Timestamp.from(Instant.now());
    for (RejectedRecord r : rejected) {
      deadLetters +=
          jdbc.update(
              INSERT_DEAD_LETTER,
              r.reasonCode(),
              r.field(),
              r.detail().replace('\0', '?'),
              r.rawKey(),
              r.rawValue(),
              r.source(),
              now,
              r.source(),
              r.reasonCode(),
              r.rawValue());
    }
    int replayed = rows.size() - archived + rejected.size() - deadLetters;
    int erasedRows = (int) received.stream().filter(r -> erased.contains(r.subjectId())).count();
    return new Outcome(archived, deadLetters, replayed, erasedRows);
  }

  private static ArchiveRow withoutSubject(ArchiveRow r) {
    return new ArchiveRow(
        r.transactionId(),
        PersonalFields.ERASED,
        null,
        r.amountMinor(),
        r.currency(),
        r.direction(),
        r.eventTime(),
        r.source(),
        r.kafkaTimestamp());
  }

  private int insertRows(List<ArchiveRow> rows) {
    Integer inserted =
        jdbc.execute(
            (Connection con) -> {
              try (PreparedStatement ps = con.prepareStatement(INSERT_ROWS)) {
                ps.setArray(1, con.createArrayOf("text", column(rows, ArchiveRow::transactionId)));
                ps.setArray(2, con.createArrayOf("text", column(rows, ArchiveRow::accountId)));
                ps.setArray(
                    3,
                    con.createArrayOf(
                        "bigint", rows.stream().map(ArchiveRow::amountMinor).toArray(Long[]::new)));
                ps.setArray(4, con.createArrayOf("text", column(rows, ArchiveRow::currency)));
                ps.setArray(5, con.createArrayOf("text", column(rows, ArchiveRow::direction)));
                ps.setArray(
                    6, con.createArrayOf("text", column(rows, r -> r.eventTime().toString())));
                ps.setArray(7, con.createArrayOf("text", column(rows, ArchiveRow::source)));
                ps.setArray(8, con.createArrayOf("text", column(rows, ArchiveRow::subjectId)));
                return ps.executeUpdate();
              }
            });
    return inserted == null ? 0 : inserted;
  }

  private static String[] column(
      List<ArchiveRow> rows, java.util.function.Function<ArchiveRow, String> field) {
    return rows.stream().map(field).toArray(String[]::new);
  }
}
