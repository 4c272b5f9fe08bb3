package io.finnexus.api.jobs;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and restarts jobs asynchronously (the request returns the new execution at once; progress
 * is polled) through a {@link TaskExecutorJobOperator} of its own, so the host's synchronous
 * operator used by Quartz and the CLI is untouched. Every trigger and restart is audited.
 */
@Service
public class JobControl {

  private final ObjectProvider<Job> jobs;
  private final ObjectProvider<JobRepository> repository;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final CutOffRun cutOff;
  private volatile TaskExecutorJobOperator operator;

  public JobControl(
      ObjectProvider<Job> jobs,
      ObjectProvider<JobRepository> repository,
      AuditLog audit,
      TransactionTemplate tx,
      @Value("${finnexus.jobs.stale-after:30m}") Duration staleAfter) {
    this.jobs = jobs;
    this.repository = repository;
    this.audit = audit;
    this.tx = tx;
    this.cutOff = new CutOffRun(staleAfter);
  }

  public SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>();
    jobs.orderedStream().forEach(j -> names.add(j.getName()));
    return names;
  }

  public JobRunView start(String name, Map<String, String> parameters, String actor) {
    Job job = job(name);
    JobParametersBuilder builder = new JobParametersBuilder();
    parameters.forEach(builder::addString);
    builder.addString("requestedAt", Instant.now().toString(), true);
    builder.addString("requestedBy", actor, false);
    JobParameters params = builder.toJobParameters();
    try {
      JobExecution execution = operator().start(job, params);
      tx.executeWithoutResult(
          s ->
              audit.change(
                  actor,
                  "JOB_START",
                  "job",
                  name,
                  Map.of("executionId", Long.toString(execution.getId()))));
      return JobRuns.view(execution);
    } catch (ApiException e) {
      throw e;
    } catch (Exception e) {
      throw ApiException.conflict("job " + name + " could not start: " + e.getMessage());
    }
  }

  public JobRunView restart(long executionId, String actor) {
    JobExecution failed = execution(executionId);
    BatchStatus was = failed.getStatus();
    if (was.isRunning() && !cutOff.isCutOff(failed, LocalDateTime.now())) {
      throw ApiException.conflict(
          "run "
              + executionId
              + " is "
              + was
              + " and last progressed at "
              + CutOffRun.lastProgress(failed)
              + "; a run no instance advances any more can be restarted once it has not"
              + " progressed for "
              + cutOff.staleAfter());
    }
    if (!was.isRunning() && was != BatchStatus.FAILED && was != BatchStatus.STOPPED) {
      throw ApiException.conflict(
          "only a FAILED or STOPPED run can be restarted; this one is " + was);
    }
    job(failed.getJobInstance().getJobName());
    try {
      // a cut-off run is first recorded as FAILED (what it could not record itself)
      JobExecution restartable = was.isRunning() ? operator().recover(failed) : failed;
      JobExecution restarted = operator().restart(restartable);
      tx.executeWithoutResult(
          s ->
              audit.change(
                  actor,
                  "JOB_RESTART",
                  "job",
                  failed.getJobInstance().getJobName(),
                  Map.of(
                      "executionId",
                      Long.toString(restarted.getId()),
                      "restartOf",
                      Long.toString(executionId),
                      "restartedFrom",
                      was.name())));
      return JobRuns.view(restarted);
    } catch (Exception e) {
      throw ApiException.conflict(
          "run " + executionId + " could not be restarted: " + e.getMessage());
    }
  }

  public JobRunView status(long executionId) {
    return JobRuns.view(execution(executionId));
  }

  public List<JobRunView> history(String name, int limit) {
    job(name);
    List<JobRunView> runs = new ArrayList<>();
    for (JobInstance instance : repo().getJobInstances(name, 0, limit)) {
      repo().getJobExecutions(instance).forEach(e -> runs.add(JobRuns.view(e)));
    }
    runs.sort(Comparator.comparingLong(JobRunView::executionId).reversed());
    return runs.size() > limit ? runs.subList(0, limit) : runs;
  }

  private JobExecution execution(long executionId) {
    JobExecution e;
    try {
      e = repo().getJobExecution(executionId);
    } catch (org.springframework.dao.EmptyResultDataAccessException missing) {
      e = null; // some repository versions throw instead of answering null
    }
    if (e == null) {
      throw ApiException.notFound("job run", Long.toString(executionId));
    }
    return e;
  }

  private Job job(String name) {
    return jobs.orderedStream()
        .filter(j -> j.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("job", name));
  }

  private JobRepository repo() {
    JobRepository r = repository.getIfAvailable();
    if (r == null) {
      throw ApiException.notFound("job repository", "(Spring Batch is not configured)");
    }
    return r;
  }

  private TaskExecutorJobOperator operator() throws Exception {
    TaskExecutorJobOperator op = operator;
    if (op == null) {
      synchronized (this) {
        if (operator == null) {
          MapJobRegistry registry = new MapJobRegistry();
          for (Job j : jobs.orderedStream().toList()) {
            registry.register(j);
          }
          TaskExecutorJobOperator created = new TaskExecutorJobOperator();
          created.setJobRepository(repo());
          created.setJobRegistry(registry);
          SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("job-");
          executor.setConcurrencyLimit(2);
          created.setTaskExecutor(executor);
          created.afterPropertiesSet();
          operator = created;
        }
        op = operator;
      }
    }
    return op;
  }
}
