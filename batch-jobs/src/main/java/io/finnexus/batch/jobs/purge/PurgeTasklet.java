package io.finnexus.batch.jobs.purge;

import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.Counts;
import io.finnexus.retention.purge.ChunkedPurge;
import io.finnexus.retention.purge.PurgeReport;
import io.finnexus.retention.purge.PurgeRun;
import io.finnexus.retention.purge.PurgeSql;
import io.finnexus.retention.purge.PurgeTarget;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One purge chunk per call: {@code ChunkedPurge.begin} for a target, then {@code nextChunk} until
 * it deletes nothing, then {@code finish}; then the next target. The purge commits each chunk and
 * its progress on its own connection; the index of the current target lives in the step context, so
 * a restart skips finished targets and {@code begin} resumes the unfinished run with its fixed
 * cutoff. A dry run counts per target and deletes nothing.
 */
public class PurgeTasklet implements Tasklet, StepExecutionListener {

  public static final String STEP = "purge";
  static final String TARGET = "purge.target";

  private final DataSource dataSource;
  private final ChunkedPurge purge;
  private final List<PurgeTarget> targets;
  private final boolean dryRun;
  private final FaultHook faults;
  private Connection connection;
  private PurgeRun run;
  private PurgeSql sql;
  private long deletedNow;
  private long chunksNow;
  private long startNanos;

  public PurgeTasklet(
      DataSource dataSource,
      ChunkedPurge purge,
      List<PurgeTarget> targets,
      boolean dryRun,
      FaultHook faults) {
    this.dataSource = dataSource;
    this.purge = purge;
    this.targets = targets;
    this.dryRun = dryRun;
    this.faults = faults;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
    int index = ctx.getInt(TARGET, 0);
    if (index >= targets.size()) {
      return RepeatStatus.FINISHED;
    }
    PurgeTarget target = targets.get(index);
    if (dryRun) {
      PurgeReport report = purge.dryRun(target);
      Counts.read(contribution, report.eligible());
      ctx.putInt(TARGET, index + 1);
      return RepeatStatus.continueIf(index + 1 < targets.size());
    }
    if (run == null) {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      run = purge.begin(connection, target);
      sql = new PurgeSql(target);
      deletedNow = 0;
      startNanos = System.nanoTime();
    }
    long deleted = purge.nextChunk(connection, sql, run);
    if (deleted > 0) {
      deletedNow += deleted;
      Counts.readAndWritten(contribution, deleted);
      faults.check(STEP, ++chunksNow);
      return RepeatStatus.CONTINUABLE;
    }
    purge.finish(connection, sql, target, run, deletedNow, startNanos);
    closeConnection();
    ctx.putInt(TARGET, index + 1);
    return RepeatStatus.continueIf(index + 1 < targets.size());
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    closeConnection();
    return null;
  }

  private void closeConnection() {
    run = null;
    if (connection != null) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
        connection.close();
      } catch (Exception e) {
        // the purge state is in purge_run; a broken connection loses nothing
      }
      connection = null;
    }
  }
}
