package io.finnexus.batch.jobs;

import io.finnexus.batch.jobs.schedule.BatchSchedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * What all jobs share. Loads {@code batch-defaults.properties} at the lowest precedence: the Spring
 * Batch and Quartz settings FinNexus needs (JDBC job repository and clustered JDBC Quartz store in
 * PostgreSQL, tables created on start, no job run at startup), each overridable by the host's own
 * configuration.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:io/finnexus/batch/batch-defaults.properties")
@EnableConfigurationProperties({
  BackupProperties.class,
  BackupS3Properties.class,
  BatchSchedules.class
})
public class BatchJobsConfiguration {

  /** The fault hook: a test's {@link FaultInjection} bean, else none. */
  @Bean
  FaultHook batchFaultHook(ObjectProvider<FaultInjection> injection) {
    return new FaultHook(injection.getIfAvailable(() -> FaultInjection.NONE));
  }

  /** The jobs of the context by name. */
  @Bean
  BatchJobs batchJobs(java.util.List<org.springframework.batch.core.job.Job> jobs) {
    return new BatchJobs(jobs);
  }

  /** Holder so that jobs depend on one bean whether or not a test defines a fault. */
  public record FaultHook(FaultInjection injection) {
    public void check(String step, long itemsSoFar) {
      injection.check(step, itemsSoFar);
    }
  }
}
