package io.finnexus.batch.jobs.verify;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupRestorer;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import io.finnexus.batch.backup.RestoredPart;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.Counts;
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
 * Restores and checks one part per call. The first call picks the backup and prepares the scratch
 * PostgreSQL database (Flyway to the manifest's schema version); the progress (next part, problems
 * so far) lives in the step's execution context, so a restart continues with the part that failed.
 * A part that cannot be decrypted or loaded is a verification problem, not a job failure.
 */
public class VerifyTasklet implements Tasklet, StepExecutionListener {

  public static final String STEP = "restoreAndCompare";
  static final String BACKUP_ID = "verify.backupId";
  static final String NEXT = "verify.next";
  static final String PROBLEMS = "verify.problems";
  static final String ROWS = "verify.rows";
  static final String SAMPLES = "verify.samples";
  static final String[] PROMOTED = {BACKUP_ID, NEXT, PROBLEMS, ROWS, SAMPLES};

  private final VerifyContext verify;
  private final FaultHook faults;
  private final String requestedBackupId;
  private MongoClient mongo;
  private long checkedNow;

  public VerifyTasklet(VerifyContext verify, FaultHook faults, String requestedBackupId) {
    this.verify = verify;
    this.faults = faults;
    this.requestedBackupId = requestedBackupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
    BackupStore store = verify.store();
    if (!ctx.containsKey(BACKUP_ID)) {
      String id =
          requestedBackupId != null
              ? requestedBackupId
              : store
                  .newest()
                  .orElseThrow(
                      () -> new IllegalStateException("no complete backup in " + store.root()));
      Manifest manifest = store.readManifest(id);
      verify.scratch().recreate();
      BackupRestorer.migrate(verify.scratch().dataSource(), manifest.schemaVersion());
      ctx.putString(BACKUP_ID, id);
      ctx.putInt(NEXT, 0);
      ctx.putString(PROBLEMS, "");
      ctx.putLong(ROWS, 0);
      return RepeatStatus.CONTINUABLE;
    }
    String id = ctx.getString(BACKUP_ID);
    Manifest manifest = store.readManifest(id);
    int next = ctx.getInt(NEXT);
    if (next < manifest.parts().size()) {
      faults.check(STEP, ++checkedNow);
      ManifestPart part = manifest.parts().get(next);
      List<String> problems = check(id, part, contribution, ctx);
      String earlier = ctx.getString(PROBLEMS);
      ctx.putString(
          PROBLEMS, earlier + (problems.isEmpty() ? "" : String.join("\n", problems) + "\n"));
      ctx.putInt(NEXT, next + 1);
      return RepeatStatus.CONTINUABLE;
    }
    long[] samples =
        LiveSamples.compare(
            manifest,
            verify.props().sampleRows(),
            verify.scratch().dataSource(),
            verify.live(),
            mongo(),
            verify::scratchMongo);
    ctx.putString(SAMPLES, samples[1] + " of " + samples[0] + " sampled rows equal the live data");
    return RepeatStatus.FINISHED;
  }

  private List<String> check(
      String id, ManifestPart part, StepContribution contribution, ExecutionContext ctx) {
    BackupRestorer restorer =
        new BackupRestorer(verify.store(), BackupKey.fromBase64(verify.props().key()));
    try {
      RestoredPart restored;
      String reexport;
      if (part.kind() == PartKind.POSTGRES_TABLE) {
        try (Connection c = verify.scratch().dataSource().getConnection()) {
          restored = restorer.restoreTable(id, part, c);
          reexport = BackupRestorer.tableChecksum(c, part.source());
        }
      } else if (mongo() == null) {
        return List.of(part.file() + ": no MongoDB configured to restore into");
      } else {
        var scratch = mongo().getDatabase(verify.scratchMongo(BackupRestorer.databaseOf(part)));
        String collection = BackupRestorer.collectionOf(part);
        restored = restorer.restoreCollection(id, part, scratch, collection);
        reexport = BackupRestorer.collectionChecksum(scratch, collection);
      }
      Counts.readAndWritten(contribution, restored.rows());
      ctx.putLong(ROWS, ctx.getLong(ROWS) + restored.rows());
      return PartCheck.problems(part, restored, reexport);
    } catch (Exception e) {
      return List.of(part.file() + ": " + rootMessage(e));
    }
  }

  private MongoClient mongo() {
    if (mongo == null && verify.props().hasMongo()) {
      mongo = MongoClients.create(verify.props().mongoUri());
    }
    return mongo;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    if (mongo != null) {
      mongo.close();
      mongo = null;
    }
    return null;
  }

  /**
   * What the verification steps share: store (the backup directory, or the download directory of a
   * backup fetched from S3: {@code downloaded}), settings, live data source, scratch names.
   */
  public record VerifyContext(
      BackupStore store,
      boolean downloaded,
      BackupProperties props,
      DataSource live,
      ScratchDatabase scratch,
      long runId) {

    String scratchMongo(String database) {
      return database + "_verify_" + runId;
    }
  }
}
