package io.finnexus.batch.jobs.schedule;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Puts the configured schedules into the (clustered, JDBC) Quartz store, replacing what is there,
 * and removes schedules of this group that are no longer configured. Every node does this at start;
 * the store's locks make it safe.
 *
 * <p>Misfire policy: <b>fire once now, then proceed</b> ({@code
 * withMisfireHandlingInstructionFireAndProceed}). If no node was up at the fire time (or all were
 * busy longer than {@code org.quartz.jobStore.misfireThreshold}, 60 s), the job runs once as soon
 * as a node is back, not once per missed fire: a nightly control that missed its slot must still
 * run today, and running it twice would be useless.
 */
public final class ScheduleRegistrar {

  public static final String GROUP = "finnexus-batch";

  private ScheduleRegistrar() {}

  /**
   * Validates and registers {@code schedules}; returns the registered job names.
   *
   * @throws IllegalArgumentException for an invalid cron expression or an unknown job
   */
  public static Set<String> register(
      Scheduler scheduler, BatchSchedules schedules, Set<String> jobs) throws SchedulerException {
    Set<String> registered = new HashSet<>();
    for (Map.Entry<String, String> e : schedules.schedules().entrySet()) {
      String job = e.getKey();
      if (!jobs.contains(job)) {
        throw new IllegalArgumentException(
            "finnexus.batch.schedules." + job + ": no such job (known: " + jobs + ")");
      }
      if (!CronExpression.isValidExpression(e.getValue())) {
        throw new IllegalArgumentException(
            "finnexus.batch.schedules." + job + ": not a Quartz cron expression: " + e.getValue());
      }
      JobDetail detail =
          JobBuilder.newJob(LaunchBatchJob.class)
              .withIdentity(job, GROUP)
              .usingJobData(LaunchBatchJob.JOB_NAME, job)
              .storeDurably()
              .build();
      Trigger trigger =
          TriggerBuilder.newTrigger()
              .withIdentity(job, GROUP)
              .forJob(detail)
              .withSchedule(
                  CronScheduleBuilder.cronSchedule(e.getValue())
                      .inTimeZone(java.util.TimeZone.getTimeZone(schedules.zone()))
                      .withMisfireHandlingInstructionFireAndProceed())
              .build();
      scheduler.scheduleJob(detail, Set.of(trigger), true);
      registered.add(job);
    }
    for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      if (!registered.contains(key.getName())) {
        scheduler.deleteJob(key);
      }
    }
    return registered;
  }
}
