package io.finnexus.api.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counter {@code finnexus.batch.job.runs{job_name, status}} (one per finished run; COMPLETED,
 * FAILED and STOPPED registered at zero for every hosted job, so a first failure is an increase)
 * and gauge {@code finnexus.batch.job.last.success.timestamp{job_name}} (epoch seconds): the end
 * time of the job's newest COMPLETED run, read from the JobRepository at start and after each run
 * of this instance (the rules take the maximum over instances); absent while the job has never
 * completed.
 */
@Component
public class BatchJobMetrics implements EveryJobListener {

  private static final Logger LOG = LoggerFactory.getLogger(BatchJobMetrics.class);
  private static final BatchStatus[] COUNTED = {
    BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED
  };

  private final MeterRegistry registry;
  private final ObjectProvider<Job> jobs;
  private final ObjectProvider<JobRepository> repository;
  private final Map<String, AtomicLong> lastSuccessMillis = new ConcurrentHashMap<>();

  public BatchJobMetrics(
      MeterRegistry registry, ObjectProvider<Job> jobs, ObjectProvider<JobRepository> repository) {
    this.registry = registry;
    this.jobs = jobs;
    this.repository = repository;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void readHistory() {
    jobs.orderedStream()
        .forEach(
            job -> {
              for (BatchStatus status : COUNTED) {
                runs(job.getName(), status.name());
              }
              refreshLastSuccess(job.getName());
            });
  }

  @Override
  public void afterJob(JobExecution execution) {
    String job = execution.getJobInstance().getJobName();
    runs(job, execution.getStatus().name()).increment();
    refreshLastSuccess(job);
  }

  private Counter runs(String job, String status) {
    return registry.counter("finnexus.batch.job.runs", "job_name", job, "status", status);
  }

  private void refreshLastSuccess(String job) {
    JobRepository repo = repository.getIfAvailable();
    if (repo == null) {
      return;
    }
    try {
      LastSuccessfulRun.endTime(repo, job)
          .map(BatchJobMetrics::epochMillis)
          .ifPresent(
              millis ->
                  lastSuccessMillis
                      .computeIfAbsent(job, name -> lastSuccessGauge(name, millis))
                      .accumulateAndGet(millis, Math::max));
    } catch (RuntimeException e) {
      LOG.warn("could not read the last successful run of job {}: {}", job, e.toString());
    }
  }

  private AtomicLong lastSuccessGauge(String job, long initialMillis) {
    AtomicLong millis = new AtomicLong(initialMillis);
    Gauge.builder("finnexus.batch.job.last.success.timestamp", millis, m -> m.get() / 1000.0)
        .description("end time of the job's newest COMPLETED run")
        .baseUnit("seconds")
        .tag("job_name", job)
        .register(registry);
    return millis;
  }

  /** Spring Batch stores local date-times of this JVM's zone. */
  private static long epochMillis(LocalDateTime time) {
    return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }
}
