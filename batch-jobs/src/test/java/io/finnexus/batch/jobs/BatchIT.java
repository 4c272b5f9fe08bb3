package io.finnexus.batch.jobs;

import io.finnexus.embedded.EmbeddedS3;
import io.finnexus.embedded.EmbeddedServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every IT of this module: ONE Spring context (same configuration and properties, so
 * Spring's test context cache shares it) on one embedded PostgreSQL database and MongoDB server.
 */
@SpringBootTest(classes = BatchTestApplication.class)
public abstract class BatchIT {

  /** A fixed, test-only AES-256 key. */
  public static final String TEST_KEY = Base64.getEncoder().encodeToString(new byte[32]);

  /** The bucket of the S3 backup target (on the embedded S3 server). */
  public static final String S3_BUCKET = "finnexus-backups";

  private static String jdbcUrl;
  private static Path backupDir;

  @Autowired protected JobOperator jobOperator;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected TestFaults faults;

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) throws Exception {
    synchronized (BatchIT.class) {
      if (jdbcUrl == null) {
        jdbcUrl = EmbeddedServers.postgres().createDatabase("batch_it");
        backupDir = Files.createTempDirectory("finnexus-backups");
      }
    }
    registry.add("spring.datasource.url", () -> jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("finnexus.batch.reconciliation.chunk-size", () -> "50");
    registry.add("finnexus.retention.purge.chunk-size", () -> "1000");
    registry.add("finnexus.batch.schedules.backup-verify", () -> "0 30 2 * * ?");
    registry.add("finnexus.batch.schedules.reconciliation", () -> "0 0 1 * * ?");
    registry.add(
        "finnexus.batch.parameters.reconciliation.ledger", () -> "/data/ledger-{date}.csv");
    registry.add("finnexus.backup.dir", backupDir::toString);
    registry.add("finnexus.backup.key", () -> TEST_KEY);
    registry.add("finnexus.backup.mongo-uri", () -> EmbeddedServers.mongo().connectionString());
    registry.add("finnexus.backup.mongo-databases", () -> "finnexus_it");
    registry.add("finnexus.backup.s3.endpoint", () -> EmbeddedServers.s3().connectionString());
    registry.add("finnexus.backup.s3.bucket", () -> EmbeddedServers.s3().createBucket(S3_BUCKET));
    registry.add("finnexus.backup.s3.prefix", () -> "nightly");
    registry.add("finnexus.backup.s3.access-key", () -> EmbeddedS3.ACCESS_KEY);
    registry.add("finnexus.backup.s3.secret-key", () -> EmbeddedS3.SECRET_KEY);
    registry.add("finnexus.backup.s3.part-size", () -> "5MB");
    registry.add(
        "finnexus.backup.s3.scratch-dir",
        () -> backupDir.resolveSibling(backupDir.getFileName() + "-s3"));
  }

  protected static Path backupDir() {
    return backupDir;
  }

  protected JobExecution run(Job job, JobParameters params) throws Exception {
    return jobOperator.start(job, params);
  }

  protected static JobParametersBuilder params() {
    return new JobParametersBuilder();
  }

  protected static void assertStatus(JobExecution execution, BatchStatus expected) {
    if (execution.getStatus() != expected) {
      throw new AssertionError(
          "expected "
              + expected
              + " but was "
              + execution.getStatus()
              + ": "
              + execution.getAllFailureExceptions());
    }
  }
}
