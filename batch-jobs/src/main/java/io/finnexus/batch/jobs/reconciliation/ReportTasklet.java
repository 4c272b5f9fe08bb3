package io.finnexus.batch.jobs.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run's {@code reconciliation_report} row (upsert on run id): the figures promoted from
 * the break step plus counts and amounts per kind aggregated from the committed breaks, so the
 * report always agrees with the break table, and whether the archive was complete when it was read
 * ({@code archive_completeness} COMPLETE, INCOMPLETE or NOT_CHECKED, with {@code archive_note}).
 */
public class ReportTasklet implements Tasklet {

  private final JdbcTemplate jdbc;
  private final long runId;

  public ReportTasklet(JdbcTemplate jdbc, long runId) {
    this.jdbc = jdbc;
    this.runId = runId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    ExecutionContext job =
        chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Long> amounts = new TreeMap<>();
    long[] unexplained = {0};
    jdbc.query(
        "SELECT kind, count(*), coalesce(sum(abs(coalesce(ledger_amount_minor,"
            + " monitored_amount_minor))), 0), count(*) FILTER (WHERE explanation IS NULL)"
            + " FROM reconciliation_break WHERE run_id = ? GROUP BY kind",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
          amounts.put(rs.getString(1), rs.getLong(3));
          unexplained[0] += rs.getLong(4);
        },
        runId);
    for (var kind : io.finnexus.batch.reconciliation.BreakKind.values()) {
      counts.putIfAbsent(kind.name(), 0L);
      amounts.putIfAbsent(kind.name(), 0L);
    }
    long ledger = job.getLong(BreakReader.LEDGER);
    long matched = job.getLong(BreakReader.BY_REFERENCE) + job.getLong(BreakReader.BY_FALLBACK);
    BigDecimal rate =
        ledger == 0
            ? BigDecimal.ONE
            : BigDecimal.valueOf(matched).divide(BigDecimal.valueOf(ledger), 8, RoundingMode.DOWN);
    long breaks = counts.values().stream().mapToLong(Long::longValue).sum();
    jdbc.update(
        "INSERT INTO reconciliation_report (run_id, run_date, ledger_source, ledger_entries,"
            + " monitored_transactions, matched_by_reference, matched_by_fallback, breaks,"
            + " unexplained_breaks, breaks_by_kind, break_amount_minor_by_kind, match_rate,"
            + " archive_completeness, archive_note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)"
            + " ON CONFLICT (run_id) DO UPDATE SET ledger_entries = EXCLUDED.ledger_entries,"
            + " monitored_transactions = EXCLUDED.monitored_transactions,"
            + " matched_by_reference = EXCLUDED.matched_by_reference,"
            + " matched_by_fallback = EXCLUDED.matched_by_fallback, breaks = EXCLUDED.breaks,"
            + " unexplained_breaks = EXCLUDED.unexplained_breaks,"
            + " breaks_by_kind = EXCLUDED.breaks_by_kind,"
            + " break_amount_minor_by_kind = EXCLUDED.break_amount_minor_by_kind,"
            + " match_rate = EXCLUDED.match_rate,"
            + " archive_completeness = EXCLUDED.archive_completeness,"
            + " archive_note = EXCLUDED.archive_note",
        runId,
        Date.valueOf(LocalDate.parse(job.getString(BreakReader.RUN_DATE))),
        job.getString(BreakReader.SOURCE),
        ledger,
        job.getLong(BreakReader.MONITORED),
        job.getLong(BreakReader.BY_REFERENCE),
        job.getLong(BreakReader.BY_FALLBACK),
        breaks,
        unexplained[0],
        json(counts),
        json(amounts),
        rate,
        job.getString(ArchiveCheckTasklet.COMPLETENESS, "NOT_CHECKED"),
        job.getString(ArchiveCheckTasklet.NOTE, "archive completeness not checked"));
    contribution.incrementWriteCount(1);
    return RepeatStatus.FINISHED;
  }

  private static String json(Map<String, Long> map) {
    StringBuilder sb = new StringBuilder("{");
    map.forEach(
        (k, v) ->
            sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
    return sb.append('}').toString();
  }
}
