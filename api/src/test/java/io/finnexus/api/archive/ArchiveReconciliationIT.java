package io.finnexus.api.archive;

import static io.finnexus.api.archive.ScoredTransactionFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.archive.ScoredTransactionFixture.Planned;
import io.finnexus.schemas.avro.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End to end: scored transactions go through Kafka and the archive, then the reconciliation job
 * (triggered over REST, as an operator would) compares the archive with a ledger of record built
 * from the same transactions, three left out, two added, one amount changed; it reports exactly
 * those breaks, plus a DUPLICATE for each transaction the engine scored twice.
 */
class ArchiveReconciliationIT extends ApiTestSupport {

  static final int N = 300;
  static final LocalDate DAY = LocalDate.of(2024, 4, 20);

  @Autowired JdbcTemplate jdbc;

  private final String prefix = "RC-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theReconciliationOfAnArchivedDayReportsExactlyThePlantedBreaks() throws Exception {
    List<Planned> day = ScoredTransactionFixture.day(prefix, DAY, N);
    Instant scoredAt = Instant.now();
    ScoredTransactionFixture.produce(day.stream().map(p -> record(p, scoredAt)).toList(), true);
    List<Planned> scoredTwice = List.of(day.get(7), day.get(8));
    ScoredTransactionFixture.produce(
        scoredTwice.stream().map(p -> record(p, scoredAt.plusSeconds(5))).toList(), true);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM monitored_transaction WHERE transaction_id LIKE ?",
                        Long.class,
                        prefix + "-%")
                    == N + scoredTwice.size());

    Set<String> planted = new HashSet<>();
    List<Planned> ledger = new ArrayList<>();
    for (Planned p : day) {
      if (p == day.get(100) || p == day.get(200) || p == day.get(299)) {
        planted.add("MISSING_IN_LEDGER " + p.id());
      } else if (p == day.get(150)) {
        ledger.add(withAmount(p, p.amountMinor() + 1));
        planted.add("AMOUNT_MISMATCH " + p.id());
      } else {
        ledger.add(p);
      }
    }
    for (int i = 1; i <= 2; i++) {
      Planned unseen =
          new Planned(
              prefix + "-NEVER-SCORED-" + i,
              prefix + "-ACC-UNSEEN",
              i,
              "EUR",
              Direction.CREDIT,
              day.get(0).eventTime());
      ledger.add(unseen);
      planted.add("MISSING_IN_MONITORING " + unseen.id());
    }
    scoredTwice.forEach(p -> planted.add("DUPLICATE " + p.id()));
    Path file = ScoredTransactionFixture.writeCsvLedger(ledger, DAY);

    ApiClient scheduler = as("scheduler");
    var started =
        scheduler.post(
            "/jobs/reconciliation/runs",
            Map.of("parameters", Map.of("ledger", file.toString(), "date", DAY.toString())));
    assertThat(started.status()).isEqualTo(202);
    long execution = started.json().get("executionId").asLong();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Set.of("COMPLETED", "FAILED")
                    .contains(
                        scheduler.get("/jobs/runs/" + execution).json().get("status").asString()));
    var run = scheduler.get("/jobs/runs/" + execution).json();
    assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
    long runId = run.get("instanceId").asLong();

    Set<String> found = new HashSet<>();
    jdbc.query(
        "SELECT kind, reference FROM reconciliation_break WHERE run_id = ?",
        rs -> {
          found.add(rs.getString(1) + " " + rs.getString(2));
        },
        runId);
    assertThat(found).isEqualTo(planted);
    Map<String, Object> report =
        jdbc.queryForMap("SELECT * FROM reconciliation_report WHERE run_id = ?", runId);
    assertThat(report.get("ledger_entries")).isEqualTo((long) N - 3 + 2);
    assertThat(report.get("monitored_transactions")).isEqualTo((long) N + scoredTwice.size());
    assertThat(report.get("breaks")).isEqualTo((long) planted.size());
    assertThat(report.get("matched_by_reference")).isEqualTo((long) N - 3 - 1);
  }

  private static Planned withAmount(Planned p, long amountMinor) {
    return new Planned(
        p.id(), p.account(), amountMinor, p.currency(), p.direction(), p.eventTime());
  }
}
