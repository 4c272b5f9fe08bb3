package io.finnexus.batch.jobs.backup;

import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import io.finnexus.batch.backup.PostgresExporter;
import io.finnexus.batch.backup.PostgresSnapshot;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.Counts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Exports every PostgreSQL table inside one read-only REPEATABLE READ transaction. A snapshot
 * cannot outlive its transaction, so a restart of this step redoes all PostgreSQL parts (the
 * earlier attempt's parts are deleted first); the MongoDB step, by contrast, resumes.
 */
public class PostgresBackupTasklet implements Tasklet {

  public static final String STEP = "backupPostgres";

  private final DataSource dataSource;
  private final BackupStore store;
  private final BackupProperties props;
  private final FaultHook faults;
  private final String backupId;

  public PostgresBackupTasklet(
      DataSource dataSource,
      BackupStore store,
      BackupProperties props,
      FaultHook faults,
      String backupId) {
    this.dataSource = dataSource;
    this.store = store;
    this.props = props;
    this.faults = faults;
    this.backupId = backupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    Path dir = Files.createDirectories(store.directory(backupId));
    discardEarlierAttempt();
    PostgresExporter exporter =
        new PostgresExporter(
            BackupKey.fromBase64(props.key()), props.compressionLevel(), props.frameBytes());
    try (Connection c = dataSource.getConnection()) {
      try {
        PostgresSnapshot snapshot = exporter.beginSnapshot(c, props.postgresSchemas());
        int done = 0;
        for (String table : snapshot.tables()) {
          ManifestPart part =
              exporter.export(c, table, dir.resolve(PostgresExporter.partFile(table)));
          store.writeMeta(backupId, part);
          Counts.readAndWritten(contribution, part.rows());
          faults.check(STEP, ++done);
        }
        store.writeJson(backupId, PostgresSnapshot.FILE, snapshot);
      } finally {
        c.rollback();
        c.setReadOnly(false);
        c.setAutoCommit(true);
      }
    }
    return RepeatStatus.FINISHED;
  }

  private void discardEarlierAttempt() throws Exception {
    Path dir = store.directory(backupId);
    Files.deleteIfExists(dir.resolve(PostgresSnapshot.FILE));
    for (ManifestPart part : store.finishedParts(backupId)) {
      if (part.kind() == PartKind.POSTGRES_TABLE) {
        Files.deleteIfExists(dir.resolve(part.file() + BackupStore.META_SUFFIX));
        Files.deleteIfExists(dir.resolve(part.file()));
      }
    }
  }
}
