package io.finnexus.batch.jobs.backup;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import io.finnexus.batch.backup.PostgresSnapshot;
import io.finnexus.batch.jobs.BackupProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code manifest.json} from the finished parts' sidecars and the snapshot facts. The
 * manifest is written last and atomically: a backup without one is incomplete and never chosen by
 * backup-verify or restore.
 */
public class ManifestTasklet implements Tasklet {

  private final BackupStore store;
  private final BackupProperties props;
  private final String backupId;

  public ManifestTasklet(BackupStore store, BackupProperties props, String backupId) {
    this.store = store;
    this.props = props;
    this.backupId = backupId;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
    PostgresSnapshot snapshot =
        store
            .readJson(backupId, PostgresSnapshot.FILE, PostgresSnapshot.class)
            .orElseThrow(() -> new IllegalStateException("no PostgreSQL snapshot in " + backupId));
    List<ManifestPart> parts = new ArrayList<>();
    List<ManifestPart> finished = store.finishedParts(backupId);
    for (String table : snapshot.tables()) {
      finished.stream()
          .filter(p -> p.kind() == PartKind.POSTGRES_TABLE && p.source().equals(table))
          .findFirst()
          .ifPresent(parts::add);
    }
    finished.stream()
        .filter(p -> p.kind() != PartKind.POSTGRES_TABLE)
        .sorted(Comparator.comparing(ManifestPart::source))
        .forEach(parts::add);
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT_VERSION,
            backupId,
            Instant.now().toString(),
            snapshot.snapshotAt(),
            snapshot.schemaVersion(),
            snapshot.sequences(),
            props.hasMongo() ? props.mongoDatabases() : List.of(),
            parts);
    store.writeManifest(manifest);
    contribution.incrementWriteCount(parts.size());
    return RepeatStatus.FINISHED;
  }
}
