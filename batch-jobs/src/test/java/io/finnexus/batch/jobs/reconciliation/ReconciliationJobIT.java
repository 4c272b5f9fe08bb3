package io.finnexus.batch.jobs.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.batch.jobs.BatchIT;
import io.finnexus.batch.reconciliation.BreakKind;
import io.finnexus.batch.reconciliation.ReconciliationFixture;
import io.finnexus.batch.reconciliation.ReconciliationFixture.Planted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

class ReconciliationJobIT extends BatchIT {

  @Autowired Job reconciliationJob;
  @Autowired DataSource dataSource;

  @AfterEach
  void disarm() {
    faults.disarm();
  }

  @Test
  void finds_exactly_the_planted_breaks_in_100k_entries_and_a_restart_writes_nothing_twice()
      throws Exception {
    jdbc.execute("TRUNCATE monitored_transaction, reconciliation_break, reconciliation_report");
    jdbc.execute("DELETE FROM alert WHERE kind = 'RECONCILIATION'");
    ReconciliationFixture day = ReconciliationFixture.generate(20250301L, 100_000, 37);
    Path ledger = LedgerFiles.writeCsv(day.ledger, Files.createTempFile("ledger", ".csv"));
    LedgerFiles.loadMonitored(dataSource, day.monitored);
    var params =
        params()
            .addString("ledger", ledger.toString())
            .addString("date", ReconciliationFixture.DAY.toString())
            .toJobParameters();

    faults.arm(BreakWriter.STEP, 100);
    JobExecution failed = run(reconciliationJob, params);

    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    long runId = failed.getJobInstance().getInstanceId();
    assertThat(count("reconciliation_break WHERE run_id = " + runId))
        .as("two chunks of 50 committed before the fault")
        .isEqualTo(100);
    assertThat(count("alert WHERE kind = 'RECONCILIATION'")).isEqualTo(100);
    assertThat(count("reconciliation_report")).isZero();

    faults.disarm();
    JobExecution restarted = jobOperator.restart(failed);

    assertStatus(restarted, BatchStatus.COMPLETED);
    assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(runId);
    StepExecution reconcile = step(restarted, BreakWriter.STEP);
    assertThat(reconcile.getReadCount())
        .as("the restart reads only what was not committed")
        .isEqualTo(85);
    assertThat(reconcile.getWriteCount()).isEqualTo(85);
    Set<Planted> found = new HashSet<>();
    jdbc.query(
        "SELECT kind, reference FROM reconciliation_break WHERE run_id = ?",
        rs -> {
          found.add(new Planted(BreakKind.valueOf(rs.getString(1)), rs.getString(2)));
        },
        runId);
    assertThat(count("reconciliation_break WHERE run_id = " + runId)).isEqualTo(5 * 37);
    assertThat(found).isEqualTo(day.planted);
    assertThat(count("alert WHERE kind = 'RECONCILIATION'"))
        .as("one alert per unexplained break, none twice")
        .isEqualTo(5 * 37);
    Map<String, Object> report =
        jdbc.queryForMap("SELECT * FROM reconciliation_report WHERE run_id = ?", runId);
    assertThat(report.get("ledger_entries")).isEqualTo(100_000L);
    assertThat(report.get("breaks")).isEqualTo(185L);
    assertThat(report.get("unexplained_breaks")).isEqualTo(185L);
    assertThat(report.get("breaks_by_kind").toString()).contains("\"DUPLICATE\": 37");
    assertThat(report.get("archive_completeness") + ": " + report.get("archive_note"))
        .as("this context has no Kafka: the report says the archive was not checked")
        .isEqualTo(
            "NOT_CHECKED: archive completeness not checked: no Kafka configured for the archive");
    assertThat(((java.math.BigDecimal) report.get("match_rate")).doubleValue())
        .isEqualTo((100_000 - 37 * 3 - 19) / 100_000.0);
  }

  @Test
  void an_explained_break_is_recorded_as_such_and_raises_no_alert() throws Exception {
    jdbc.execute("TRUNCATE monitored_transaction");
    ReconciliationFixture day = ReconciliationFixture.generate(7L, 2_000, 1);
    Path ledger = LedgerFiles.writeCsv(day.ledger, Files.createTempFile("ledger", ".csv"));
    LedgerFiles.loadMonitored(dataSource, day.monitored);
    Planted missing =
        day.planted.stream()
            .filter(p -> p.kind() == BreakKind.MISSING_IN_MONITORING)
            .findFirst()
            .orElseThrow();
    String entryId = "L-" + missing.reference().substring(3);
    jdbc.update(
        "INSERT INTO reconciliation_explanation (break_key, reason, explained_by) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        "MISSING_IN_MONITORING:LEDGER:" + entryId,
        "booked after the monitoring cut-off",
        "ops-1");

    JobExecution done =
        run(
            reconciliationJob,
            params()
                .addString("ledger", ledger.toString())
                .addString("date", "2025-03-02")
                .toJobParameters());

    assertStatus(done, BatchStatus.COMPLETED);
    long runId = done.getJobInstance().getInstanceId();
    assertThat(
            jdbc.queryForObject(
                "SELECT explanation FROM reconciliation_break WHERE run_id = ? AND break_key = ?",
                String.class,
                runId,
                "MISSING_IN_MONITORING:LEDGER:" + entryId))
        .isEqualTo("booked after the monitoring cut-off");
    assertThat(
            jdbc.queryForObject(
                "SELECT unexplained_breaks FROM reconciliation_report WHERE run_id = ?",
                Long.class,
                runId))
        .isEqualTo(4);
  }

  private long count(String from) {
    return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
  }

  private static StepExecution step(JobExecution execution, String name) {
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
