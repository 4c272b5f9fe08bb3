package io.finnexus.batch.jobs.backup;

import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.jobs.BackupProperties;
import io.finnexus.batch.jobs.BackupS3Properties;
import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.JobNames;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code backup} job. Parameter {@code backupId} (the directory name; schedules and the CLI
 * default it to the UTC time, e.g. {@code 20250301-013000}). No incrementer on purpose: Spring
 * Batch 6 replaces the given parameters by the incrementer's when a job has one. Steps: {@code
 * backupPostgres}, {@code backupMongo}, {@code writeManifest}, {@code uploadToS3} (when {@code
 * finnexus.backup.s3.bucket} is set: parts, then the manifest last; else a no-op that says so).
 */
@Configuration(proxyBeanMethods = false)
public class BackupJobConfiguration {

  @Bean
  BackupStore backupStore(BackupProperties props) {
    return new BackupStore(props.dir());
  }

  @Bean
  Job backupJob(
      JobRepository repository,
      Step backupPostgresStep,
      Step backupMongoStep,
      Step backupManifestStep,
      Step backupS3UploadStep) {
    return new JobBuilder(JobNames.BACKUP, repository)
        .validator(new DefaultJobParametersValidator(new String[] {"backupId"}, new String[0]))
        .start(backupPostgresStep)
        .next(backupMongoStep)
        .next(backupManifestStep)
        .next(backupS3UploadStep)
        .build();
  }

  @Bean
  Step backupPostgresStep(
      JobRepository repository,
      PlatformTransactionManager tx,
      PostgresBackupTasklet postgresBackupTasklet) {
    return new StepBuilder(PostgresBackupTasklet.STEP, repository)
        .tasklet(postgresBackupTasklet, tx)
        .build();
  }

  @Bean
  Step backupMongoStep(
      JobRepository repository,
      PlatformTransactionManager tx,
      MongoBackupTasklet mongoBackupTasklet) {
    return new StepBuilder(MongoBackupTasklet.STEP, repository)
        .tasklet(mongoBackupTasklet, tx)
        .listener(mongoBackupTasklet)
        .build();
  }

  @Bean
  Step backupManifestStep(
      JobRepository repository, PlatformTransactionManager tx, ManifestTasklet manifestTasklet) {
    return new StepBuilder("writeManifest", repository).tasklet(manifestTasklet, tx).build();
  }

  @Bean
  Step backupS3UploadStep(
      JobRepository repository, PlatformTransactionManager tx, S3UploadTasklet s3UploadTasklet) {
    return new StepBuilder(S3UploadTasklet.STEP, repository).tasklet(s3UploadTasklet, tx).build();
  }

  @Bean
  @StepScope
  S3UploadTasklet s3UploadTasklet(
      BackupStore store,
      BackupS3Properties s3,
      @Value("#{jobParameters['backupId']}") String backupId) {
    return new S3UploadTasklet(store, s3, backupId);
  }

  @Bean
  @StepScope
  PostgresBackupTasklet postgresBackupTasklet(
      DataSource dataSource,
      BackupStore store,
      BackupProperties props,
      FaultHook faults,
      @Value("#{jobParameters['backupId']}") String backupId) {
    return new PostgresBackupTasklet(dataSource, store, props, faults, backupId);
  }

  @Bean
  @StepScope
  MongoBackupTasklet mongoBackupTasklet(
      BackupStore store,
      BackupProperties props,
      FaultHook faults,
      @Value("#{jobParameters['backupId']}") String backupId) {
    return new MongoBackupTasklet(store, props, faults, backupId);
  }

  @Bean
  @StepScope
  ManifestTasklet manifestTasklet(
      BackupStore store,
      BackupProperties props,
      @Value("#{jobParameters['backupId']}") String backupId) {
    return new ManifestTasklet(store, props, backupId);
  }
}
