package io.finnexus.app.batch;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.finnexus.app.cli.UserInputException;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.FullRestore;
import io.finnexus.batch.backup.s3.S3BackupTarget;
import io.finnexus.batch.backup.s3.S3Target;
import io.finnexus.batch.backup.s3.S3TargetException;
import io.finnexus.retention.erasure.ErasureLedger;
import io.finnexus.retention.erasure.RestoredErasures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus restore --backup ID}: real recovery from an encrypted backup into an EMPTY
 * PostgreSQL database (migrated to the backup's schema version first) and, optionally, MongoDB.
 * Every part is checked against the manifest while it loads. The key comes from {@code
 * FINNEXUS_BACKUP_KEY} (never a command-line argument, which other users can see). With {@code
 * --from-s3} the backup is first downloaded from the S3 target set by the {@code
 * FINNEXUS_BACKUP_S3_*} variables (the API's own settings) into a temporary directory, deleted
 * afterwards. After loading, every subject of the erasure ledger is erased again (key shredded,
 * archived rows deleted): a backup taken before an erasure never brings the subject back.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Restore a backup into an empty database (real recovery).")
public final class RestoreCommand implements Callable<Integer> {

  @Option(names = "--backup", required = true, description = "Backup id (its directory name).")
  String backupId;

  @Option(
      names = "--backup-dir",
      defaultValue = "${user.home}/.finnexus/backups",
      description = "Default: ${DEFAULT-VALUE}.")
  Path backupDir;

  @Option(
      names = "--from-s3",
      description =
          "Read the backup from the S3 target (FINNEXUS_BACKUP_S3_BUCKET, _ENDPOINT, _PREFIX,"
              + " _REGION, _ACCESSKEY, _SECRETKEY, _PATHSTYLE) instead of --backup-dir.")
  boolean fromS3;

  @Option(names = "--target-jdbc-url", description = "Empty target database (default: embedded).")
  String targetJdbcUrl;

  @Option(names = "--target-jdbc-user", defaultValue = "postgres")
  String targetUser;

  @Option(names = "--target-jdbc-password", defaultValue = "")
  String targetPassword;

  @Option(names = "--target-mongo-uri", description = "MongoDB to restore into (default: skip).")
  String mongoUri;

  @Option(names = "--data-dir", defaultValue = "${user.home}/.finnexus/data")
  Path dataDir;

  @Option(
      names = "--erasure-ledger",
      description =
          "Erasures to re-apply (default: erasure-ledger.tsv in --backup-dir, also with"
              + " --from-s3).")
  Path erasureLedger;

  @Override
  public Integer call() throws Exception {
    BackupKey key;
    try {
      key = BackupKey.fromBase64(System.getenv("FINNEXUS_BACKUP_KEY"));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("FINNEXUS_BACKUP_KEY: " + e.getMessage());
    }
    Path download = fromS3 ? Files.createTempDirectory("finnexus-restore-") : null;
    try {
      BackupStore store = fromS3 ? download(download) : new BackupStore(backupDir);
      return restore(store, key);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserInputException(e.getMessage());
    } finally {
      if (download != null) {
        FileSystemUtils.deleteRecursively(download);
      }
    }
  }

  private BackupStore download(Path directory) throws Exception {
    BackupStore store = new BackupStore(directory);
    try (S3BackupTarget s3 = new S3BackupTarget(S3Target.fromEnvironment(System.getenv()))) {
      List<String> missing = s3.download(backupId, store, line -> System.err.println(line));
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "backup " + backupId + " is incomplete in " + s3.target().describe() + ": " + missing);
      }
      System.err.println("downloaded backup " + backupId + " from " + s3.target().describe());
    } catch (S3TargetException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return store;
  }

  private Integer restore(BackupStore store, BackupKey key) throws Exception {
    try (Database db = Database.open(targetJdbcUrl, targetUser, targetPassword, dataDir);
        MongoClient mongo = mongoUri == null ? null : MongoClients.create(mongoUri)) {
      PGSimpleDataSource target = new PGSimpleDataSource();
      target.setURL(db.url);
      target.setUser(db.user);
      target.setPassword(db.password);
      long rows =
          new FullRestore(store, key)
              .restore(backupId, target, mongo, name -> name, line -> System.err.println(line));
      RestoredErasures.Result erased = reapplyErasures(target);
      System.out.printf(
          "RESTORE erasures-reapplied subjects=%d keys-shredded=%d rows-deleted=%d%n",
          erased.subjectsFound(), erased.keysShredded(), erased.rowsDeleted());
      System.out.printf("RESTORE backup=%s rows=%d status=COMPLETED%n", backupId, rows);
      return 0;
    }
  }

  private RestoredErasures.Result reapplyErasures(PGSimpleDataSource target) {
    ErasureLedger ledger =
        new ErasureLedger(
            erasureLedger != null ? erasureLedger : backupDir.resolve("erasure-ledger.tsv"));
    return new RestoredErasures(
            target,
            ledger,
            List.of(new RestoredErasures.SubjectRows("monitored_transaction", "subject_id")))
        .reapply();
  }
}
