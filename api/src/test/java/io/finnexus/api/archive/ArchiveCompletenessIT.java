package io.finnexus.api.archive;

import static io.finnexus.api.archive.ScoredTransactionFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.archive.ScoredTransactionFixture.Planned;
import io.finnexus.batch.archive.ArchiveCatchUp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The reconciliation waits for the archive, against the real broker: with the archiver stopped,
 * three scored transactions produced before the job are not archived, so the job fails after its
 * wait, naming the lag; with {@code allowIncompleteArchive=true} it runs and its report says
 * INCOMPLETE (the lag shows as MISSING_IN_MONITORING); when the archiver starts while a run waits,
 * that run goes on once it has caught up and finds no break.
 */
class ArchiveCompletenessIT extends ApiTestSupport {

  static final LocalDate DAY = LocalDate.of(2024, 6, 3);

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionArchiver archiver;
  @Autowired KafkaArchiveProgress progress;

  private final String prefix = "AC-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aLaggingArchiveFailsTheRunOrMarksItIncompleteAndACaughtUpArchiveLetsItRun()
      throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ArchiveCatchUp.remaining(progress.produced(), progress.archived()) == 0);
    ApiClient scheduler = as("scheduler");
    List<Planned> day = ScoredTransactionFixture.day(prefix, DAY, 3);
    Path ledger = ScoredTransactionFixture.writeCsvLedger(day, DAY);
    archiver.stop();
    try {
      ScoredTransactionFixture.produce(
          day.stream().map(p -> record(p, Instant.now())).toList(), true);

      JsonNode failed =
          runToEnd(scheduler, Map.of("ledger", ledger.toString(), "date", DAY.toString()));

      assertThat(failed.get("status").asString()).isEqualTo("FAILED");
      assertThat(failed.get("exitDescription").asString())
          .as("3 records and a commit marker in each partition they went to")
          .containsPattern(
              "archive incomplete: the archive is [4-6] offsets \\(records and transaction"
                  + " markers\\) behind what was produced to scored-transactions \\(consumer"
                  + " group finnexus-api-transaction-archive\\) at [^ ]+ before the job"
                  + " started, after waiting 15 s; rerun when the archiver has caught up, or with"
                  + " allowIncompleteArchive=true");
      assertThat(reportsOf(failed)).isZero();

      JsonNode anyway =
          runToEnd(
              scheduler,
              Map.of(
                  "ledger", ledger.toString(),
                  "date", DAY.toString(),
                  "allowIncompleteArchive", "true"));

      assertThat(anyway.get("status").asString()).isEqualTo("COMPLETED");
      Map<String, Object> report = report(anyway);
      assertThat(report.get("archive_completeness")).isEqualTo("INCOMPLETE");
      assertThat((String) report.get("archive_note"))
          .startsWith("archive INCOMPLETE: the archive is ")
          .endsWith("run anyway (allowIncompleteArchive=true)");
      assertThat(breaks(anyway)).containsOnlyKeys("MISSING_IN_MONITORING").containsValue(3L);

      long started =
          scheduler
              .post(
                  "/jobs/reconciliation/runs",
                  Map.of(
                      "parameters",
                      Map.of("ledger", ledger.toString(), "date", DAY.toString(), "run", "3")))
              .json()
              .get("executionId")
              .asLong();
      Thread.sleep(3_000); // the run is waiting in checkArchive
      assertThat(scheduler.get("/jobs/runs/" + started).json().get("status").asString())
          .isEqualTo("STARTED");
      archiver.start();
      JsonNode caughtUp = awaitEnd(scheduler, started);

      assertThat(caughtUp.get("status").asString()).as(caughtUp.toString()).isEqualTo("COMPLETED");
      assertThat(report(caughtUp).get("archive_completeness")).isEqualTo("COMPLETE");
      assertThat(breaks(caughtUp)).isEmpty();
    } finally {
      archiver.start();
    }
  }

  private JsonNode runToEnd(ApiClient scheduler, Map<String, String> parameters) {
    var started = scheduler.post("/jobs/reconciliation/runs", Map.of("parameters", parameters));
    assertThat(started.status()).isEqualTo(202);
    return awaitEnd(scheduler, started.json().get("executionId").asLong());
  }

  private static JsonNode awaitEnd(ApiClient scheduler, long execution) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                Set.of("COMPLETED", "FAILED")
                    .contains(
                        scheduler.get("/jobs/runs/" + execution).json().get("status").asString()));
    return scheduler.get("/jobs/runs/" + execution).json();
  }

  private long reportsOf(JsonNode run) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM reconciliation_report WHERE run_id = ?",
        Long.class,
        run.get("instanceId").asLong());
  }

  private Map<String, Object> report(JsonNode run) {
    return jdbc.queryForMap(
        "SELECT * FROM reconciliation_report WHERE run_id = ?", run.get("instanceId").asLong());
  }

  private Map<String, Long> breaks(JsonNode run) {
    Map<String, Long> byKind = new HashMap<>();
    jdbc.query(
        "SELECT kind, count(*) FROM reconciliation_break WHERE run_id = ? GROUP BY kind",
        rs -> {
          byKind.put(rs.getString(1), rs.getLong(2));
        },
        run.get("instanceId").asLong());
    return byKind;
  }
}
