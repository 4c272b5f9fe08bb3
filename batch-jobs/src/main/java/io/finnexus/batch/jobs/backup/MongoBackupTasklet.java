package io.finnexus.batch.jobs.backup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.MongoExporter;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.Counts;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Exports one MongoDB collection per call (GridFS buckets are their {@code .files} and {@code
 * .chunks} collections). A collection whose part is finished (sidecar present) is never exported
 * again, so a restart resumes with the next collection. Without {@code finnexus.backup.mongo-uri}
 * the step does nothing and says so in its exit description.
 */
public class MongoBackupTasklet implements Tasklet, StepExecutionListener {

  public static final String STEP = "backupMongo";

  private final BackupStore store;
  private final BackupProperties props;
  private final FaultHook faults;
  private final String backupId;
  private MongoClient client;
  private long exported;

  public MongoBackupTasklet(
      BackupStore store, BackupProperties props, FaultHook faults, String backupId) {
    this.store = store;
    this.props = props;
    this.faults = faults;
    this.backupId = backupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    if (!props.hasMongo()) {
      contribution.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription("MongoDB not configured: not backed up"));
      return RepeatStatus.FINISHED;
    }
    if (client == null) {
      client = MongoClients.create(props.mongoUri());
    }
    Set<String> finished =
        store.finishedParts(backupId).stream().map(ManifestPart::file).collect(Collectors.toSet());
    for (String db : props.mongoDatabases()) {
      MongoDatabase database = client.getDatabase(db);
      for (String collection : MongoExporter.collections(database)) {
        String file = MongoExporter.partFile(db, collection);
        if (!finished.contains(file)) {
          faults.check(STEP, ++exported);
          ManifestPart part =
              new MongoExporter(
                      BackupKey.fromBase64(props.key()),
                      props.compressionLevel(),
                      props.frameBytes())
                  .export(
                      database,
                      collection,
                      Files.createDirectories(store.directory(backupId)).resolve(file));
          store.writeMeta(backupId, part);
          Counts.readAndWritten(contribution, part.rows());
          return RepeatStatus.CONTINUABLE;
        }
      }
    }
    return RepeatStatus.FINISHED;
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    if (client != null) {
      client.close();
      client = null;
    }
    return null;
  }
}
