package io.finnexus.batch.jobs.backup;

import io.finnexus.batch.jobs.BatchTestApplication;
import io.finnexus.batch.jobs.JobNames;
import io.finnexus.batch.jobs.verify.RecordVerificationTasklet;
import io.finnexus.embedded.EmbeddedServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (not a test): backup and backup-verify of 1 M alert rows through the real jobs on the
 * embedded PostgreSQL. Run: {@code ./mvnw -o -q -pl batch-jobs test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.finnexus.batch.jobs.backup.BackupBenchmark} (or
 * from the IDE). Target: backup + verify ≤ 120 s on 2 cores.
 */
public final class BackupBenchmark {

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String url =
        EmbeddedServers.postgres().createDatabase("bench_backup_" + System.nanoTime() % 100_000);
    Path dir = Files.createTempDirectory("finnexus-bench-backups");
    try (ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(BatchTestApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "finnexus.backup.dir=" + dir,
                "finnexus.backup.key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "spring.quartz.auto-startup=false")
            .run()) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      LiveData.seedPostgres(jdbc, rows);
      jdbc.execute("VACUUM ANALYZE alert");
      System.out.printf("seeded %,d alert rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
      JobOperator operator = ctx.getBean(JobOperator.class);
      Job backup = ctx.getBean("backupJob", Job.class);
      Job verify = ctx.getBean("backupVerifyJob", Job.class);

      long b0 = System.nanoTime();
      JobExecution b =
          operator.start(
              backup, new JobParametersBuilder().addString("backupId", "bench").toJobParameters());
      double backupSeconds = (System.nanoTime() - b0) / 1e9;
      long v0 = System.nanoTime();
      JobExecution v =
          operator.start(
              verify, new JobParametersBuilder().addString("backupId", "bench").toJobParameters());
      double verifySeconds = (System.nanoTime() - v0) / 1e9;

      long bytes;
      try (var files = Files.list(dir.resolve("bench"))) {
        bytes = files.mapToLong(f -> f.toFile().length()).sum();
      }
      System.out.printf(
          "BACKUP BENCH: %,d alert rows: %s %s in %.1f s, %s %s in %.1f s (%s), total %.1f s,"
              + " archive %.1f MiB%n",
          rows,
          JobNames.BACKUP,
          b.getStatus(),
          backupSeconds,
          JobNames.BACKUP_VERIFY,
          v.getStatus(),
          verifySeconds,
          v.getExitStatus().getExitCode().equals(RecordVerificationTasklet.FAILED_EXIT)
              ? "VERIFICATION FAILED"
              : "verified",
          backupSeconds + verifySeconds,
          bytes / 1048576.0);
      System.out.printf(
          Locale.ROOT,
          "BENCH backup rows=%d backup_s=%.1f verify_s=%.1f verified=%s%n",
          rows,
          backupSeconds,
          verifySeconds,
          !v.getExitStatus().getExitCode().equals(RecordVerificationTasklet.FAILED_EXIT));
    }
  }
}
