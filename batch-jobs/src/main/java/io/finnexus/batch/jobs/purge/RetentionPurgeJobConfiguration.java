package io.finnexus.batch.jobs.purge;

import io.finnexus.batch.jobs.BatchJobsConfiguration.FaultHook;
import io.finnexus.batch.jobs.JobNames;
import io.finnexus.batch.jobs.JobParams;
import io.finnexus.retention.audit.JdbcRetentionAudit;
import io.finnexus.retention.policy.RetentionPolicies;
import io.finnexus.retention.purge.ChunkListener;
import io.finnexus.retention.purge.ChunkedPurge;
import io.finnexus.retention.purge.PurgeSettings;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code retention-purge} job. Parameter {@code dryRun} ({@code true}: count only). Retention
 * periods come from {@code finnexus.retention.period.<category>} (ISO-8601, retention module
 * defaults), targets and chunk size from {@link PurgeTargets}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurgeTargets.class)
public class RetentionPurgeJobConfiguration {

  @Bean
  Job retentionPurgeJob(JobRepository repository, Step retentionPurgeStep) {
    return new JobBuilder(JobNames.RETENTION_PURGE, repository).start(retentionPurgeStep).build();
  }

  @Bean
  Step retentionPurgeStep(
      JobRepository repository, PlatformTransactionManager tx, PurgeTasklet purgeTasklet) {
    return new StepBuilder(PurgeTasklet.STEP, repository)
        .tasklet(purgeTasklet, tx)
        .listener(purgeTasklet)
        .build();
  }

  @Bean
  @StepScope
  PurgeTasklet purgeTasklet(
      DataSource dataSource,
      PurgeTargets targets,
      Environment env,
      FaultHook faults,
      @Value("#{stepExecution.jobExecution}") JobExecution job) {
    Properties periods = new Properties();
    Binder.get(env)
        .bind("finnexus.retention.period", Bindable.mapOf(String.class, String.class))
        .ifBound(map -> map.forEach((k, v) -> periods.put(RetentionPolicies.PREFIX + k, v)));
    ChunkedPurge purge =
        new ChunkedPurge(
            dataSource,
            RetentionPolicies.fromProperties(periods),
            new JdbcRetentionAudit(dataSource),
            new PurgeSettings(targets.chunkSize()),
            Clock.systemUTC(),
            ChunkListener.NONE);
    return new PurgeTasklet(
        dataSource,
        purge,
        targets.resolved(),
        JobParams.flag(job.getJobParameters(), "dryRun"),
        faults);
  }
}
