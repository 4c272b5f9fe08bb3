package io.finnexus.batch.jobs.schedule;

import io.finnexus.batch.jobs.JobNames;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a scheduled run: the configured ones with {@code {date}} and {@code
 * {timestamp}} filled in, over per-job defaults ({@code backup}: {@code backupId={timestamp}};
 * {@code backup-verify}, {@code retention-purge}: {@code run={timestamp}}; {@code reconciliation}:
 * {@code date={date}}, its {@code ledger} must be configured, e.g. {@code
 * /data/ledger/ledger-{date}.csv}).
 */
public final class ScheduledParameters {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private ScheduledParameters() {}

  public static JobParameters of(
      String job, Map<String, String> configured, Instant fireTime, ZoneId zone) {
    ZonedDateTime at = fireTime.atZone(zone);
    Map<String, String> values = new LinkedHashMap<>(defaults(job));
    values.putAll(configured);
    JobParametersBuilder builder = new JobParametersBuilder();
    values.forEach(
        (k, v) ->
            builder.addString(
                k,
                v.replace("{date}", at.toLocalDate().minusDays(1).toString())
                    .replace("{timestamp}", at.format(STAMP))));
    return builder.toJobParameters();
  }

  private static Map<String, String> defaults(String job) {
    return switch (job) {
      case JobNames.BACKUP -> Map.of("backupId", "{timestamp}");
      case JobNames.RECONCILIATION -> Map.of("date", "{date}");
      default -> Map.of("run", "{timestamp}");
    };
  }
}
