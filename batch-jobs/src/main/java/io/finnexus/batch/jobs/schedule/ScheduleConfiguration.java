package io.finnexus.batch.jobs.schedule;

import io.finnexus.batch.jobs.BatchJobs;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Registers the configured schedules once the host is ready (the JobRegistry is filled by then).
 * Does nothing without a Quartz scheduler or with {@code finnexus.batch.scheduling-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

  private final ObjectProvider<Scheduler> scheduler;
  private final BatchJobs jobs;
  private final BatchSchedules schedules;

  public ScheduleConfiguration(
      ObjectProvider<Scheduler> scheduler, BatchJobs jobs, BatchSchedules schedules) {
    this.scheduler = scheduler;
    this.jobs = jobs;
    this.schedules = schedules;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void registerSchedules() throws Exception {
    Scheduler quartz = scheduler.getIfAvailable();
    if (quartz != null && schedules.schedulingEnabled()) {
      ScheduleRegistrar.register(quartz, schedules, jobs.names());
    }
  }
}
