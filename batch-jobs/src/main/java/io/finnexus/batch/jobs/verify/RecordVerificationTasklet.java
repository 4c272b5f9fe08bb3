package io.finnexus.batch.jobs.verify;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.finnexus.batch.jobs.verify.VerifyTasklet.VerifyContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records the outcome in {@code backup_verification} (upsert on backup and run), raises an
 * OPERATIONS alert when it failed (deterministic id {@code backup-verify:<backup id>}, inserted
 * once), drops the scratch databases (and deletes a backup downloaded from S3) unless {@code
 * finnexus.backup.keep-scratch}, and ends the job with exit code {@value #FAILED_EXIT} when the
 * backup did not verify.
 */
public class RecordVerificationTasklet implements Tasklet {

  public static final String FAILED_EXIT = "VERIFICATION_FAILED";

  private final JdbcTemplate jdbc;
  private final VerifyContext verify;

  public RecordVerificationTasklet(JdbcTemplate jdbc, VerifyContext verify) {
    this.jdbc = jdbc;
    this.verify = verify;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    ExecutionContext job =
        chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    String backupId = job.getString(VerifyTasklet.BACKUP_ID);
    String problems = job.getString(VerifyTasklet.PROBLEMS).strip();
    int checked = job.getInt(VerifyTasklet.NEXT);
    int failed =
        problems.isEmpty()
            ? 0
            : (int)
                problems
                    .lines()
                    .map(l -> l.substring(0, Math.max(0, l.indexOf(':'))))
                    .distinct()
                    .count();
    boolean passed = problems.isEmpty();
    String detail =
        (passed ? "all parts restored and match the manifest" : problems)
            + "; "
            + job.getString(VerifyTasklet.SAMPLES, "no samples");
    jdbc.update(
        "INSERT INTO backup_verification (backup_id, run_id, status, parts_checked, parts_failed,"
            + " rows_restored, detail) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (backup_id, run_id)"
            + " DO UPDATE SET status = EXCLUDED.status, parts_checked = EXCLUDED.parts_checked,"
            + " parts_failed = EXCLUDED.parts_failed, rows_restored = EXCLUDED.rows_restored,"
            + " detail = EXCLUDED.detail, verified_at = now()",
        backupId,
        verify.runId(),
        passed ? "PASSED" : "FAILED",
        checked,
        failed,
        job.getLong(VerifyTasklet.ROWS),
        detail);
    if (!passed) {
      raiseAlert(backupId, detail);
      contribution.setExitStatus(new ExitStatus(FAILED_EXIT, detail));
    }
    if (!verify.props().keepScratch()) {
      dropScratch();
    }
    contribution.incrementWriteCount(1);
    return RepeatStatus.FINISHED;
  }

  private void raiseAlert(String backupId, String detail) {
    jdbc.update(
        "INSERT INTO alert (alert_id, typology, kind, engine, created_at, risk_score, risk_band,"
            + " account_id, summary, rule_hits) VALUES (?, 'BACKUP_VERIFICATION_FAILED',"
            + " 'OPERATIONS', 'batch-backup-verify', ?, 1.0, 'HIGH', 'n/a', ?,"
            + " ARRAY['backup.verify']) ON CONFLICT (alert_id) DO NOTHING",
        "backup-verify:" + backupId,
        Timestamp.from(Instant.now()),
        "Backup " + backupId + " failed verification: " + detail);
  }

  private void dropScratch() throws Exception {
    verify.scratch().drop();
    if (verify.downloaded()) {
      org.springframework.util.FileSystemUtils.deleteRecursively(verify.store().root());
    }
    if (verify.props().hasMongo()) {
      try (MongoClient mongo = MongoClients.create(verify.props().mongoUri())) {
        for (String db : verify.props().mongoDatabases()) {
          mongo.getDatabase(verify.scratchMongo(db)).drop();
        }
      }
    }
  }
}
