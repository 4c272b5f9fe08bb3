package io.finnexus.batch.jobs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.FullRestore;
import io.finnexus.batch.backup.Manifest;
import io.finnexus.batch.backup.s3.S3BackupTarget;
import io.finnexus.batch.jobs.BackupS3Properties;
import io.finnexus.batch.jobs.BatchIT;
import io.finnexus.batch.jobs.verify.FetchBackupTasklet;
import io.finnexus.batch.jobs.verify.RecordVerificationTasklet;
import io.finnexus.embedded.EmbeddedS3;
import io.finnexus.embedded.EmbeddedServers;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The backup job with the S3 target (a real S3 server, S3Proxy): backup → verify from S3 → restore
 * from S3 round-trips PostgreSQL and MongoDB (checksums); a corrupted object in the bucket fails
 * verification; a missing bucket fails the job with one line and leaves no manifest there, and a
 * restart once the bucket exists completes the upload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupS3IT extends BatchIT {

  @Autowired Job backupJob;
  @Autowired Job backupVerifyJob;
  @Autowired DataSource dataSource;
  @Autowired BackupS3Properties s3Props;

  private MongoClient mongo;
  private S3Client s3;

  @BeforeAll
  void seed() {
    mongo = MongoClients.create(EmbeddedServers.mongo().connectionString());
    LiveData.seedPostgres(jdbc, 2_000);
    LiveData.seedMongo(mongo);
    s3 =
        S3Client.builder()
            .endpointOverride(URI.create(EmbeddedServers.s3().connectionString()))
            .region(Region.of(EmbeddedS3.REGION))
            .forcePathStyle(true)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY)))
            .build();
  }

  @AfterAll
  void close() {
    mongo.close();
    s3.close();
  }

  @Test
  void a_backup_in_s3_verifies_from_s3_and_restores_from_s3_byte_for_byte() throws Exception {
    JobExecution backup =
        run(backupJob, params().addString("backupId", "s3-trip").toJobParameters());

    assertStatus(backup, BatchStatus.COMPLETED);
    assertThat(step(backup, S3UploadTasklet.STEP).getExitStatus().getExitDescription())
        .startsWith("uploaded ")
        .endsWith(
            "and the manifest to s3://"
                + S3_BUCKET
                + "/nightly/ at "
                + EmbeddedServers.s3().connectionString());
    assertThat(keys("nightly/s3-trip/")).contains("nightly/s3-trip/manifest.json");

    JobExecution verified =
        run(
            backupVerifyJob,
            params().addString("source", "s3").addString("run", "trip").toJobParameters());

    assertStatus(verified, BatchStatus.COMPLETED);
    assertThat(step(verified, FetchBackupTasklet.STEP).getExitStatus().getExitDescription())
        .as("without a backupId the newest complete backup in the bucket is taken")
        .startsWith("downloaded backup s3-trip from s3://" + S3_BUCKET + "/nightly/");
    assertThat(verified.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM backup_verification WHERE backup_id = 's3-trip'", String.class))
        .isEqualTo("PASSED");
    assertThat(s3Props.scratchDir().resolve("verify-" + verified.getJobInstance().getInstanceId()))
        .as("the downloaded copy is deleted after the verification")
        .doesNotExist();

    restoreFromS3AndCompare("s3-trip");
  }

  @Test
  void a_corrupted_object_in_s3_fails_verification() throws Exception {
    assertStatus(
        run(backupJob, params().addString("backupId", "s3-corrupt").toJobParameters()),
        BatchStatus.COMPLETED);
    String key = "nightly/s3-corrupt/pg-public.alert.copy.gz.enc";
    byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(S3_BUCKET).key(key)).asByteArray();
    bytes[bytes.length / 2] ^= 0x20;
    s3.putObject(b -> b.bucket(S3_BUCKET).key(key), RequestBody.fromBytes(bytes));

    JobExecution verified =
        run(
            backupVerifyJob,
            params()
                .addString("backupId", "s3-corrupt")
                .addString("source", "s3")
                .toJobParameters());

    assertThat(verified.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(verified.getExitStatus().getExitCode())
        .isEqualTo(RecordVerificationTasklet.FAILED_EXIT);
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ' ' || parts_failed || ' ' || detail FROM backup_verification"
                    + " WHERE backup_id = 's3-corrupt'",
                String.class))
        .startsWith("FAILED 1 pg-public.alert.copy.gz.enc:");
    JobExecution local =
        run(backupVerifyJob, params().addString("backupId", "s3-corrupt").toJobParameters());
    assertThat(local.getExitStatus().getExitCode())
        .as("the local copy, untouched, still verifies")
        .isEqualTo("COMPLETED");
  }

  @Test
  void a_missing_bucket_fails_the_job_with_one_line_and_a_restart_completes_the_upload()
      throws Exception {
    emptyAndDeleteBucket();
    JobExecution failed;
    try {
      failed = run(backupJob, params().addString("backupId", "s3-nobucket").toJobParameters());
    } finally {
      EmbeddedServers.s3().createBucket(S3_BUCKET);
    }

    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    String reason = failed.getAllFailureExceptions().get(0).getMessage();
    assertThat(reason)
        .isEqualTo(
            "S3 backup target s3://"
                + S3_BUCKET
                + "/nightly/ at "
                + EmbeddedServers.s3().connectionString()
                + ": upload of "
                + firstPart("s3-nobucket")
                + " failed: the bucket does not exist (NoSuchBucket, HTTP 404)");
    assertThat(keys("nightly/s3-nobucket/")).isEmpty();

    JobExecution restarted = jobOperator.restart(failed);

    assertStatus(restarted, BatchStatus.COMPLETED);
    assertThat(restarted.getStepExecutions())
        .extracting(StepExecution::getStepName)
        .containsExactly(S3UploadTasklet.STEP);
    assertThat(keys("nightly/s3-nobucket/")).contains("nightly/s3-nobucket/manifest.json");
  }

  private void restoreFromS3AndCompare(String backupId) throws Exception {
    Path download = Files.createTempDirectory("s3-restore");
    BackupStore copy = new BackupStore(download);
    Manifest manifest;
    try (S3BackupTarget target = new S3BackupTarget(s3Props.target())) {
      assertThat(target.download(backupId, copy, line -> {})).isEmpty();
      manifest = target.manifest(backupId);
    }
    EmbeddedServers.postgres().createDatabase("restore_s3_it");
    DataSource restored = EmbeddedServers.postgres().dataSource("restore_s3_it");
    long rows =
        new FullRestore(copy, BackupKey.fromBase64(TEST_KEY))
            .restore(backupId, restored, mongo, db -> db + "_from_s3", line -> {});

    assertThat(rows).isEqualTo(manifest.rows());
    LiveData.assertRestoredLikeLive(manifest, dataSource, restored, mongo, "_from_s3");
  }

  private String firstPart(String backupId) throws Exception {
    return new BackupStore(backupDir()).readManifest(backupId).parts().get(0).file();
  }

  private List<String> keys(String prefix) {
    return s3.listObjectsV2Paginator(b -> b.bucket(S3_BUCKET).prefix(prefix)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  private void emptyAndDeleteBucket() {
    keys("").forEach(k -> s3.deleteObject(b -> b.bucket(S3_BUCKET).key(k)));
    s3.deleteBucket(b -> b.bucket(S3_BUCKET));
  }

  private static StepExecution step(JobExecution execution, String name) {
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
