package io.finnexus.batch.jobs.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.batch.jobs.BatchIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionPurgeJobIT extends BatchIT {

  @Autowired Job retentionPurgeJob;

  @AfterEach
  void disarm() {
    faults.disarm();
  }

  @Test
  void dry_run_counts_then_a_purge_failing_part_way_resumes_and_deletes_each_row_once()
      throws Exception {
    jdbc.execute("TRUNCATE monitored_transaction");
    jdbc.execute("DELETE FROM purge_run");
    jdbc.update(
        "INSERT INTO monitored_transaction (transaction_id, account_id, amount_minor, currency,"
            + " direction, event_time) SELECT 'OLD-' || g, 'ACC', g, 'EUR', 'CREDIT',"
            + " now() - interval '2 years' + g * interval '1 second'"
            + " FROM generate_series(1, 20000) g");
    jdbc.update(
        "INSERT INTO monitored_transaction (transaction_id, account_id, amount_minor, currency,"
            + " direction, event_time) SELECT 'NEW-' || g, 'ACC', g, 'EUR', 'DEBIT',"
            + " now() - interval '1 day' FROM generate_series(1, 1000) g");

    JobExecution dry =
        run(retentionPurgeJob, params().addString("dryRun", "true").toJobParameters());

    assertStatus(dry, BatchStatus.COMPLETED);
    assertThat(dry.getStepExecutions().iterator().next().getReadCount()).isEqualTo(20_000);
    assertThat(count("monitored_transaction")).as("a dry run deletes nothing").isEqualTo(21_000);

    faults.arm(PurgeTasklet.STEP, 5);
    JobExecution failed = run(retentionPurgeJob, params().addString("run", "1").toJobParameters());

    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(count("monitored_transaction"))
        .as("six chunks of 1000 committed by the purge before the fault")
        .isEqualTo(21_000 - 6_000);

    faults.disarm();
    JobExecution restarted = jobOperator.restart(failed);

    assertStatus(restarted, BatchStatus.COMPLETED);
    assertThat(count("monitored_transaction WHERE transaction_id LIKE 'OLD-%'")).isZero();
    assertThat(count("monitored_transaction WHERE transaction_id LIKE 'NEW-%'")).isEqualTo(1_000);
    assertThat(restarted.getStepExecutions().iterator().next().getWriteCount())
        .as("the restart deletes only what was left")
        .isEqualTo(14_000);
    assertThat(
            jdbc.queryForObject(
                "SELECT status || ':' || deleted FROM purge_run WHERE NOT dry_run"
                    + " AND target_table = 'monitored_transaction'",
                String.class))
        .as("one run, resumed, each row counted once")
        .isEqualTo("COMPLETED:20000");
  }

  private long count(String from) {
    return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
  }
}
