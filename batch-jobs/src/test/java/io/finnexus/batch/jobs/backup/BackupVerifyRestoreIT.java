package io.finnexus.batch.jobs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBuckets;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.FullRestore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.PartKind;
import io.finnexus.batch.jobs.BatchIT;
import io.finnexus.batch.jobs.verify.RecordVerificationTasklet;
import io.finnexus.batch.jobs.verify.VerifyTasklet;
import io.finnexus.embedded.EmbeddedServers;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupVerifyRestoreIT extends BatchIT {

  @Autowired Job backupJob;
  @Autowired Job backupVerifyJob;
  @Autowired DataSource dataSource;
  @Autowired BackupStore store;

  private MongoClient mongo;

  @BeforeAll
  void seed() {
    mongo = MongoClients.create(EmbeddedServers.mongo().connectionString());
    LiveData.seedPostgres(jdbc, 5_000);
    LiveData.seedMongo(mongo);
  }

  @AfterAll
  void close() {
    mongo.close();
  }

  @AfterEach
  void disarm() {
    faults.disarm();
  }

  @Test
  void backup_restarts_where_it_failed_verifies_and_restores_byte_for_byte() throws Exception {
    faults.arm(MongoBackupTasklet.STEP, 1);
    JobExecution failed =
        run(backupJob, params().addString("backupId", "it-roundtrip").toJobParameters());

    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    Path dir = store.directory("it-roundtrip");
    assertThat(dir.resolve(BackupStore.MANIFEST)).doesNotExist();
    List<ManifestPart> before = store.finishedParts("it-roundtrip");
    ManifestPart firstMongo =
        before.stream().filter(p -> p.kind() != PartKind.POSTGRES_TABLE).findFirst().orElseThrow();
    assertThat(before.stream().filter(p -> p.kind() != PartKind.POSTGRES_TABLE)).hasSize(1);
    FileTime firstMongoWritten = Files.getLastModifiedTime(dir.resolve(firstMongo.file()));

    faults.disarm();
    JobExecution restarted = jobOperator.restart(failed);

    assertStatus(restarted, BatchStatus.COMPLETED);
    assertThat(restarted.getStepExecutions())
        .extracting(StepExecution::getStepName)
        .as("the completed PostgreSQL step is not run again")
        .containsExactly(MongoBackupTasklet.STEP, "writeManifest", S3UploadTasklet.STEP);
    assertThat(Files.getLastModifiedTime(dir.resolve(firstMongo.file())))
        .as("the collection exported before the fault is not exported again")
        .isEqualTo(firstMongoWritten);
    Manifest manifest = store.readManifest("it-roundtrip");
    assertThat(manifest.schemaVersion())
        .as("the newest migration applied to the live database")
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1",
                String.class))
        .isNotBlank();
    assertThat(manifest.parts())
        .extracting(ManifestPart::source)
        .contains("public.alert", "finnexus_it.models", "finnexus_it.artifacts.chunks");
    assertThat(part(manifest, "public.alert").rows())
        .isEqualTo(count("alert"))
        .isGreaterThanOrEqualTo(5_000);

    JobExecution verified =
        run(backupVerifyJob, params().addString("backupId", "it-roundtrip").toJobParameters());

    assertStatus(verified, BatchStatus.COMPLETED);
    assertThat(verified.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || detail FROM backup_verification WHERE backup_id = ?",
                String.class,
                "it-roundtrip"))
        .startsWith("PASSED")
        .matches("(?s).*; (\\d+) of \\1 sampled rows equal the live data");

    restoreAndCompare(manifest);
  }

  @Test
  void a_corrupted_part_fails_verification_with_an_alert() throws Exception {
    assertStatus(
        run(backupJob, params().addString("backupId", "it-corrupt").toJobParameters()),
        BatchStatus.COMPLETED);
    Path alertPart = store.directory("it-corrupt").resolve("pg-public.alert.copy.gz.enc");
    byte[] bytes = Files.readAllBytes(alertPart);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(alertPart, bytes);

    JobExecution verified =
        run(backupVerifyJob, params().addString("backupId", "it-corrupt").toJobParameters());

    assertThat(verified.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(verified.getExitStatus().getExitCode())
        .isEqualTo(RecordVerificationTasklet.FAILED_EXIT);
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || parts_failed || ' ' || detail FROM backup_verification"
                    + " WHERE backup_id = 'it-corrupt'",
                String.class))
        .startsWith("FAILED 1 pg-public.alert.copy.gz.enc:")
        .contains("failed authentication");
    assertThat(
            jdbc.queryForObject(
                "SELECT kind FROM alert WHERE alert_id = 'backup-verify:it-corrupt'", String.class))
        .isEqualTo("OPERATIONS");
  }

  @Test
  void verify_restarts_with_the_part_that_failed() throws Exception {
    assertStatus(
        run(backupJob, params().addString("backupId", "it-verify-restart").toJobParameters()),
        BatchStatus.COMPLETED);
    Manifest manifest = store.readManifest("it-verify-restart");
    faults.arm(VerifyTasklet.STEP, 2);

    JobExecution failed =
        run(backupVerifyJob, params().addString("backupId", "it-verify-restart").toJobParameters());

    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(count("backup_verification WHERE backup_id = 'it-verify-restart'")).isZero();
    faults.disarm();
    JobExecution restarted = jobOperator.restart(failed);

    assertStatus(restarted, BatchStatus.COMPLETED);
    long firstTwo = manifest.parts().get(0).rows() + manifest.parts().get(1).rows();
    assertThat(restarted.getStepExecutions().iterator().next().getWriteCount())
        .as("the restart restores only the parts not verified before the fault")
        .isEqualTo(manifest.rows() - firstTwo);
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || parts_checked || ' ' || rows_restored FROM"
                    + " backup_verification WHERE backup_id = 'it-verify-restart'",
                String.class))
        .isEqualTo("PASSED " + manifest.parts().size() + " " + manifest.rows());
  }

  private void restoreAndCompare(Manifest manifest) throws Exception {
    String url = EmbeddedServers.postgres().createDatabase("restore_it");
    DataSource target = EmbeddedServers.postgres().dataSource("restore_it");
    List<String> lines = new ArrayList<>();
    long restored =
        new FullRestore(store, BackupKey.fromBase64(TEST_KEY))
            .restore("it-roundtrip", target, mongo, db -> db + "_restored", lines::add);

    assertThat(url).endsWith("/restore_it");
    assertThat(restored).isEqualTo(manifest.rows());
    assertThat(lines).hasSize(manifest.parts().size());
    LiveData.assertRestoredLikeLive(manifest, dataSource, target, mongo, "_restored");
    ByteArrayOutputStream artifact = new ByteArrayOutputStream();
    GridFSBuckets.create(mongo.getDatabase(LiveData.MONGO_DB + "_restored"), "artifacts")
        .downloadToStream("champion.bin", artifact);
    assertThat(artifact.toByteArray()).isEqualTo(LiveData.ARTIFACT);
    assertThat(
            new org.springframework.jdbc.core.JdbcTemplate(target)
                .queryForObject("SELECT nextval('case_comment_comment_id_seq')", Long.class))
        .as("sequences continue after the restored rows")
        .isEqualTo(
            jdbc.queryForObject("SELECT last_value FROM case_comment_comment_id_seq", Long.class)
                + 1);
  }

  private static ManifestPart part(Manifest manifest, String source) {
    return manifest.parts().stream()
        .filter(p -> p.source().equals(source))
        .findFirst()
        .orElseThrow();
  }

  private long count(String from) {
    return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
  }
}
