package io.finnexus.batch.jobs.schedule;

import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the jobs run ({@code finnexus.batch.*}).
 *
 * @param schedules job name → Quartz cron expression (seconds first, e.g. {@code 0 30 1 * * ?}); a
 *     job without an entry is not scheduled
 * @param parameters job name → job parameters of a scheduled run; {@code {date}} is replaced by the
 *     day before the fire time and {@code {timestamp}} by the fire time ({@code yyyyMMdd-HHmmss})
 * @param zone time zone of the cron expressions and of {@code {date}}
 * @param schedulingEnabled whether the triggers are registered at start (the CLI turns it off)
 */
@ConfigurationProperties("finnexus.batch")
public record BatchSchedules(
    @DefaultValue Map<String, String> schedules,
    @DefaultValue Map<String, Map<String, String>> parameters,
    @DefaultValue("UTC") ZoneId zone,
    @DefaultValue("true") boolean schedulingEnabled) {

  public BatchSchedules {
    schedules = Map.copyOf(schedules);
    parameters = Map.copyOf(parameters);
  }
}
