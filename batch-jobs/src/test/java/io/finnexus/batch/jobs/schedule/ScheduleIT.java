package io.finnexus.batch.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.batch.jobs.BatchIT;
import io.finnexus.batch.jobs.JobNames;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduleIT extends BatchIT {

  @Autowired Scheduler scheduler;

  @Test
  void configured_crons_are_in_the_clustered_jdbc_store_with_fire_once_now_misfires()
      throws Exception {
    CronTrigger verify =
        (CronTrigger)
            scheduler.getTrigger(
                TriggerKey.triggerKey(JobNames.BACKUP_VERIFY, ScheduleRegistrar.GROUP));

    assertThat(verify.getCronExpression()).isEqualTo("0 30 2 * * ?");
    assertThat(verify.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM qrtz_cron_triggers WHERE trigger_group = ?",
                Long.class,
                ScheduleRegistrar.GROUP))
        .isEqualTo(2);
  }

  @Test
  void a_bad_cron_or_job_name_is_refused_with_the_property_named() {
    assertThatThrownBy(
            () ->
                ScheduleRegistrar.register(
                    scheduler,
                    new BatchSchedules(
                        Map.of("backup", "every night"), Map.of(), ZoneId.of("UTC"), true),
                    Set.of("backup")))
        .hasMessageContaining("finnexus.batch.schedules.backup");
    assertThatThrownBy(
            () ->
                ScheduleRegistrar.register(
                    scheduler,
                    new BatchSchedules(
                        Map.of("nightly", "0 0 1 * * ?"), Map.of(), ZoneId.of("UTC"), true),
                    Set.of("backup")))
        .hasMessageContaining("no such job");
  }

  @Test
  void scheduled_parameters_fill_in_the_day_before_and_the_fire_time() {
    var params =
        ScheduledParameters.of(
            JobNames.RECONCILIATION,
            Map.of("ledger", "/data/ledger-{date}.csv"),
            Instant.parse("2025-03-02T01:00:00Z"),
            ZoneId.of("UTC"));

    assertThat(params.getString("date")).isEqualTo("2025-03-01");
    assertThat(params.getString("ledger")).isEqualTo("/data/ledger-2025-03-01.csv");
    assertThat(
            ScheduledParameters.of(
                    JobNames.BACKUP,
                    Map.of(),
                    Instant.parse("2025-03-02T01:00:00Z"),
                    ZoneId.of("UTC"))
                .getString("backupId"))
        .isEqualTo("20250302-010000");
  }
}
