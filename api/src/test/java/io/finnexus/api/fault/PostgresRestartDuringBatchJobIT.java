package io.finnexus.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.batch.jobs.FaultInjection;
import io.finnexus.embedded.EmbeddedPostgres;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.embedded.history.HistoryCheck;
import io.finnexus.embedded.history.HistoryCheck.AuditRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Fault matrix, PostgreSQL restart during a batch job: the reconciliation job (triggered over REST,
 * chunks of 50 breaks) is part-way through its breaks when the database goes down under it; it
 * cannot even record its own failure. Once the database is back, the operator restarts the run over
 * REST and it completes: every break and its alert exactly once, start and restart audited once
 * each, the audit chain intact.
 */
@ExtendWith(EmbeddedServers.class)
class PostgresRestartDuringBatchJobIT {

  static final int ENTRIES = 400;
  static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  /** Counted down when the job reaches the fault. */
  static volatile CountDownLatch reached = new CountDownLatch(1);

  /** Counted down by the test once the database is down: the job then carries on into it. */
  static volatile CountDownLatch databaseDown = new CountDownLatch(1);

  @TempDir Path pgData;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void aRunCutOffByADatabaseRestartIsRestartedAndWritesNothingTwice() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    EmbeddedPostgres postgres = EmbeddedPostgres.persistent(pgData).start();
    String jdbcUrl = postgres.createDatabase("finnexus_fault");
    reached = new CountDownLatch(1);
    databaseDown = new CountDownLatch(1);
    Path ledger = ledger(run);
    try (postgres;
        ApiInstance api =
            ApiInstance.start(
                jdbcUrl,
                EmbeddedServers.kafka().bootstrapServers(),
                "alerts-fault-" + run,
                Map.of(
                    "finnexus.batch.reconciliation.chunk-size", "50",
                    // a run that has not progressed for 2 s is taken as cut off (default 30 min)
                    "finnexus.jobs.stale-after", "2s"),
                StopTheDatabaseAfterTwoChunks.class)) {
      ApiClient scheduler = api.as("scheduler");
      var started =
          scheduler.post(
              "/jobs/reconciliation/runs",
              Map.of(
                  "parameters",
                  Map.of(
                      "ledger",
                      ledger.toString(),
                      "date",
                      DAY.toString(),
                      "allowIncompleteArchive",
                      "true")));
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      long first = started.json().get("executionId").asLong();

      assertThat(reached.await(60, TimeUnit.SECONDS)).as("the job reached the fault").isTrue();
      postgres.close();
      databaseDown.countDown();
      // the cut-off job thread dies of the repository update it cannot make: expected here
      await()
          .dontCatchUncaughtExceptions()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !jobThreadAlive());
      postgres.start();

      JsonNode cutOff = scheduler.get("/jobs/runs/" + first).json();
      assertThat(cutOff.get("status").asString())
          .as("the run could not record its own end: %s", cutOff)
          .isEqualTo("STARTED");
      // refused (409) while it might still be running somewhere, accepted once it is stale
      var restarted =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> scheduler.post("/jobs/runs/" + first + "/restart", null),
                  r -> r.status() != 409);
      assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
      long second = restarted.json().get("executionId").asLong();
      JsonNode done = awaitEnd(scheduler, second);
      assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");

      JdbcTemplate jdbc = api.bean(JdbcTemplate.class);
      long runId = done.get("instanceId").asLong();
      List<String> breaks =
          jdbc.queryForList(
              "SELECT reference FROM reconciliation_break WHERE run_id = ?", String.class, runId);
      assertThat(Set.copyOf(breaks)).hasSize(ENTRIES);
      assertThat(breaks).hasSize(ENTRIES);
      List<String> raised =
          jdbc.queryForList(
              "SELECT alert_id FROM reconciliation_break WHERE run_id = ?", String.class, runId);
      assertThat(raised)
          .as("one alert per unexplained break")
          .doesNotContainNull()
          .hasSize(ENTRIES);
      RecordedHistory history = RecordedHistory.of(api);
      HistoryCheck.after("a PostgreSQL restart during the reconciliation job")
          .alerts("the alert table", raised, history.alerts())
          .auditedOnce(
              history.audit(),
              List.of(
                  new AuditRecord("JOB_START", "reconciliation"),
                  new AuditRecord("JOB_RESTART", "reconciliation")))
          .auditChain(history.chain())
          .verify();
      assertThat(
              jdbc.queryForObject(
                  "SELECT breaks FROM reconciliation_report WHERE run_id = ?", Long.class, runId))
          .isEqualTo(ENTRIES);
    } finally {
      databaseDown.countDown();
    }
  }

  /** Waits until the run has ended and returns it. */
  private static JsonNode awaitEnd(ApiClient scheduler, long execution) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                    .contains(
                        scheduler.get("/jobs/runs/" + execution).json().get("status").asString()));
    return scheduler.get("/jobs/runs/" + execution).json();
  }

  /** The API's job operator runs each job on a thread named {@code job-N}. */
  private static boolean jobThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("job-"));
  }

  /** {@code ENTRIES} ledger entries of which the engine monitored none: one break each. */
  private static Path ledger(String run) throws IOException {
    Path file = Files.createTempFile("fault-ledger", ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write(
          "entry_id,account_id,booking_date,value_date,amount,currency,direction,"
              + "reference,transaction_id\n");
      for (int i = 0; i < ENTRIES; i++) {
        out.write(
            String.join(
                    ",",
                    "L-" + run + "-" + i,
                    "ACC-" + run,
                    DAY.toString(),
                    DAY.toString(),
                    (100 + i) + ".00",
                    "EUR",
                    "CREDIT",
                    "",
                    "T-" + run + "-" + i)
                + "\n");
      }
    }
    return file;
  }

  /** The fault: the database goes down while the job writes its third chunk. */
  @Configuration(proxyBeanMethods = false)
  static class StopTheDatabaseAfterTwoChunks {
    @Bean
    FaultInjection stopTheDatabase() {
      return (step, items) -> {
        if (step.equals("reconcile") && items > 100 && reached.getCount() > 0) {
          reached.countDown();
          try {
            databaseDown.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }
}
