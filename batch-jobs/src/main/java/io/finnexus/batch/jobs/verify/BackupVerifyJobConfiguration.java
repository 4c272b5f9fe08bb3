package io.finnexus.batch.jobs.verify;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.batch.jobs.BackupS3Properties;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.JobNames;
import io.finnexus.batch.jobs.JobParams;
import io.finnexus.batch.jobs.verify.VerifyTasklet.VerifyContext;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code backup-verify} job. Parameters: {@code backupId} (optional, default the newest
 * complete backup), {@code source} ({@code local} or {@code s3}, see {@link VerifySource}), any
 * other (e.g. {@code run}) to make a new instance. Steps: {@code fetchBackup} (download from the S3
 * target, or nothing), {@code restoreAndCompare} (one part per transaction, restartable), {@code
 * recordVerification}. Exit code {@code VERIFICATION_FAILED} (status COMPLETED) when the backup
 * does not verify.
 */
@Configuration(proxyBeanMethods = false)
public class BackupVerifyJobConfiguration {

  @Bean
  Job backupVerifyJob(
      JobRepository repository,
      Step fetchBackupStep,
      Step restoreAndCompareStep,
      Step recordVerificationStep) {
    return new JobBuilder(JobNames.BACKUP_VERIFY, repository)
        .start(fetchBackupStep)
        .next(restoreAndCompareStep)
        .next(recordVerificationStep)
        .build();
  }

  @Bean
  Step fetchBackupStep(
      JobRepository repository, PlatformTransactionManager tx, FetchBackupTasklet fetchTasklet) {
    return new StepBuilder(FetchBackupTasklet.STEP, repository).tasklet(fetchTasklet, tx).build();
  }

  @Bean
  @JobScope
  FetchBackupTasklet fetchTasklet(
      BackupStore store, BackupS3Properties s3, @Value("#{jobExecution}") JobExecution job) {
    return new FetchBackupTasklet(
        VerifySource.of(store, s3, job), s3, JobParams.string(job.getJobParameters(), "backupId"));
  }

  @Bean
  Step restoreAndCompareStep(
      JobRepository repository, PlatformTransactionManager tx, VerifyTasklet verifyTasklet) {
    ExecutionContextPromotionListener promote = new ExecutionContextPromotionListener();
    promote.setKeys(VerifyTasklet.PROMOTED);
    return new StepBuilder(VerifyTasklet.STEP, repository)
        .tasklet(verifyTasklet, tx)
        .listener(verifyTasklet)
        .listener(promote)
        .build();
  }

  @Bean
  Step recordVerificationStep(
      JobRepository repository,
      PlatformTransactionManager tx,
      RecordVerificationTasklet recordTasklet) {
    return new StepBuilder("recordVerification", repository).tasklet(recordTasklet, tx).build();
  }

  @Bean
  @JobScope
  VerifyTasklet verifyTasklet(
      BackupStore store,
      BackupS3Properties s3,
      BackupProperties props,
      DataSource dataSource,
      @Value("${spring.datasource.password:}") String password,
      FaultHook faults,
      @Value("#{jobExecution}") JobExecution job) {
    return new VerifyTasklet(
        context(store, s3, props, dataSource, password, job),
        faults,
        JobParams.string(job.getJobParameters(), "backupId"));
  }

  @Bean
  @JobScope
  RecordVerificationTasklet recordTasklet(
      JdbcTemplate jdbc,
      BackupStore store,
      BackupS3Properties s3,
      BackupProperties props,
      DataSource dataSource,
      @Value("${spring.datasource.password:}") String password,
      @Value("#{jobExecution}") JobExecution job) {
    return new RecordVerificationTasklet(
        jdbc, context(store, s3, props, dataSource, password, job));
  }

  /** The scratch databases are named after the job instance: a restart finds them again. */
  private static VerifyContext context(
      BackupStore store,
      BackupS3Properties s3,
      BackupProperties props,
      DataSource dataSource,
      String password,
      JobExecution job) {
    long runId = job.getJobInstance().getInstanceId();
    VerifySource source = VerifySource.of(store, s3, job);
    return new VerifyContext(
        source.store(),
        source.fromS3(),
        props,
        dataSource,
        new ScratchDatabase(dataSource, "fnx_verify_" + runId, password),
        runId);
  }
}
