package io.finnexus.batch.jobs.schedule;

import io.finnexus.batch.jobs.BatchJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;

/**
 * The Quartz job behind every schedule: starts the Spring Batch job named in the job data map with
 * {@link ScheduledParameters}. A fire for a day already reconciled (instance COMPLETED) is logged
 * and ignored; a FAILED instance with the same parameters is restarted by the launch. Concurrent
 * fires of one schedule are refused across the cluster.
 */
@DisallowConcurrentExecution
public class LaunchBatchJob implements Job {

  static final String JOB_NAME = "batchJob";
  private static final Logger log = LoggerFactory.getLogger(LaunchBatchJob.class);

  private final BatchJobs jobs;
  private final JobOperator operator;
  private final BatchSchedules schedules;

  public LaunchBatchJob(BatchJobs jobs, JobOperator operator, BatchSchedules schedules) {
    this.jobs = jobs;
    this.operator = operator;
    this.schedules = schedules;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String name = context.getMergedJobDataMap().getString(JOB_NAME);
    try {
      var params =
          ScheduledParameters.of(
              name,
              schedules.parameters().getOrDefault(name, java.util.Map.of()),
              context.getScheduledFireTime().toInstant(),
              schedules.zone());
      var execution = operator.start(jobs.find(name).orElseThrow(), params);
      log.info("scheduled {} finished: {}", name, execution.getStatus());
    } catch (JobInstanceAlreadyCompleteException e) {
      log.info("scheduled {}: this instance already completed, nothing to do", name);
    } catch (Exception e) {
      throw new JobExecutionException("scheduled " + name + " could not start: " + e, e, false);
    }
  }
}
