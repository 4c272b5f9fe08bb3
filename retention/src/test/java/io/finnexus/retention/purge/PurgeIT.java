package io.finnexus.retention.purge;

import static io.finnexus.retention.RetentionDatabase.longValue;
import static io.finnexus.retention.RetentionDatabase.sql;
import static io.finnexus.retention.RetentionDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.retention.RetentionDatabase;
import io.finnexus.retention.audit.JdbcRetentionAudit;
import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.hold.LegalHolds;
import io.finnexus.retention.policy.DataCategory;
import io.finnexus.retention.policy.RetentionPolicies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Purge against real PostgreSQL: 1 M unflagged scored transactions past retention, 10,000 of them
 * under customer- and case-level legal holds, a fault part-way and a restart.
 */
class PurgeIT {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  /** 13 months (the SCORED_TRANSACTION default) before NOW. */
  private static final String CUTOFF = "2028-12-01T00:00:00Z";

  private static final PurgeTarget SCORED =
      new PurgeTarget(
          DataCategory.SCORED_TRANSACTION,
          "scored_txn",
          "scored_at",
          "NOT t.flagged",
          Map.of(HoldScope.CUSTOMER, "customer_id", HoldScope.CASE, "case_id"));

  @Test
  void purges_exactly_the_expired_unheld_rows_and_a_restart_midway_reaches_the_same_state() {
    DataSource db = RetentionDatabase.fresh("purge_million");
    long expired = 1_000_000;
    seed(db, expired);
    placeHolds(db);

    ChunkedPurge dry = purge(db, NOW, 10_000, ChunkListener.NONE);
    PurgeReport preview = dry.dryRun(SCORED);
    assertThat(preview.eligible()).isEqualTo(990_000);
    assertThat(preview.heldBack()).isEqualTo(10_000);
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn"))
        .as("dry run deletes nothing")
        .isEqualTo(expired + 70_000);

    ChunkedPurge faulty = purge(db, NOW, 10_000, failAfterChunk(30));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> faulty.run(SCORED)).isInstanceOf(PurgeFailed.class);
    Duration firstAttempt = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn"))
        .as("30 committed chunks are deleted, and recorded as such")
        .isEqualTo(expired + 70_000 - 300_000);
    assertThat(text(db, "SELECT status || ':' || deleted FROM purge_run WHERE NOT dry_run"))
        .isEqualTo("FAILED:300000");

    // a month later: the resumed run must keep the first attempt's cutoff
    PurgeReport report =
        purge(db, NOW.plus(Duration.ofDays(30)), 10_000, ChunkListener.NONE).run(SCORED);

    assertThat(report.resumed()).isTrue();
    assertThat(report.cutoff()).isEqualTo(Instant.parse(CUTOFF));
    assertThat(report.deleted()).isEqualTo(990_000);
    assertThat(report.heldBack()).isEqualTo(10_000);
    assertRemainingIsExactlyHeldFreshAndFlagged(db);
    assertThat(
            text(
                db,
                "SELECT string_agg(details, '|') FROM retention_audit WHERE action = 'purge.completed'"))
        .contains("deleted=990000")
        .contains("heldBack=10000")
        .doesNotContain("c1");

    double perSecond = 990_000 / ((firstAttempt.toNanos() + report.elapsed().toNanos()) / 1e9);
    System.out.printf(
        "PURGE THROUGHPUT: %,d rows in %d chunks, %.0f records/s (first attempt %s,"
            + " resumed %s)%n",
        report.deleted(), report.chunks(), perSecond, firstAttempt, report.elapsed());
    System.out.printf(
        Locale.ROOT, "BENCH purge records=%d records_s=%.0f%n", report.deleted(), perSecond);
  }

  @Test
  void repeated_faults_and_restarts_end_in_the_state_of_an_uninterrupted_run() {
    DataSource once = RetentionDatabase.fresh("purge_once");
    DataSource flaky = RetentionDatabase.fresh("purge_flaky");
    for (DataSource db : new DataSource[] {once, flaky}) {
      seed(db, 20_000);
      placeHolds(db);
    }

    purge(once, NOW, 1_000, ChunkListener.NONE).run(SCORED);
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        purge(flaky, NOW, 1_000, failAfterChunk(2)).run(SCORED);
        break;
      } catch (PurgeFailed expected) {
        // resume on the next iteration
      }
    }

    assertThat(attempts).isGreaterThan(5);
    String fingerprint = "SELECT md5(string_agg(id::text, ',' ORDER BY id)) FROM scored_txn";
    assertThat(text(flaky, fingerprint)).isEqualTo(text(once, fingerprint));
    assertThat(longValue(flaky, "SELECT deleted FROM purge_run WHERE status = 'COMPLETED'"))
        .as("progress counted each row once across restarts")
        .isEqualTo(longValue(once, "SELECT deleted FROM purge_run WHERE status = 'COMPLETED'"));
  }

  @Test
  void a_released_hold_no_longer_blocks_and_rows_inside_retention_are_never_touched() {
    DataSource db = RetentionDatabase.fresh("purge_release");
    seed(db, 1_000);
    LegalHolds holds = new LegalHolds(db);
    UUID hold = holds.place(HoldScope.CUSTOMER, "c7", "litigation", "officer-1");
    holds.release(hold, "officer-2");

    purge(db, NOW, 100, ChunkListener.NONE).run(SCORED);

    assertThat(
            longValue(
                db,
                "SELECT count(*) FROM scored_txn WHERE customer_id = 'c7'"
                    + " AND scored_at < '"
                    + CUTOFF
                    + "' AND NOT flagged"))
        .isZero();
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn")).isEqualTo(70_000);
  }

  private static ChunkedPurge purge(DataSource db, Instant now, int chunk, ChunkListener listener) {
    return new ChunkedPurge(
        db,
        RetentionPolicies.defaults(),
        new JdbcRetentionAudit(db),
        new PurgeSettings(chunk),
        Clock.fixed(now, ZoneOffset.UTC),
        listener);
  }

  private static ChunkListener failAfterChunk(long n) {
    return (runId, chunkNumber, deleted) -> {
      if (chunkNumber % n == 0) {
        throw new IllegalStateException("injected fault after chunk " + chunkNumber);
      }
    };
  }

  /**
   * {@code expired} unflagged rows past retention (customer c(id % 100000), so 10 rows per customer
   * at 1 M; customers c500..c999 have a case id), 50,000 rows within retention (inside the 30 days
   * after the cutoff) and 20,000 flagged expired rows (another category's evidence).
   */
  private static void seed(DataSource db, long expired) {
    sql(
        db,
        "CREATE TABLE scored_txn (id BIGINT PRIMARY KEY, customer_id TEXT NOT NULL, case_id TEXT,"
            + " scored_at TIMESTAMPTZ NOT NULL, flagged BOOLEAN NOT NULL, memo_token TEXT)",
        "INSERT INTO scored_txn SELECT g, 'c' || (g % 100000),"
            + " CASE WHEN g % 100000 BETWEEN 500 AND 999 THEN 'case-' || (g % 100000) END,"
            + " timestamptz '2027-01-01' + g * interval '1 second', false, 'fnx1:1:opaque'"
            + " FROM generate_series(1, "
            + expired
            + ") g",
        "INSERT INTO scored_txn SELECT 2000000 + g, 'c' || (g % 100000), NULL,"
            + " timestamptz '"
            + CUTOFF
            + "' + interval '1 day' + g * interval '30 seconds', false, NULL"
            + " FROM generate_series(1, 50000) g",
        "INSERT INTO scored_txn SELECT 3000000 + g, 'c' || (g % 100000), NULL,"
            + " timestamptz '2027-01-01' + g * interval '1 second', true, NULL"
            + " FROM generate_series(1, 20000) g",
        "CREATE INDEX scored_txn_scored_at ON scored_txn (scored_at)",
        "VACUUM ANALYZE scored_txn");
  }

  /** 500 customer holds (c0..c499) and 500 case holds (case-500..case-999), plus a released one. */
  private static void placeHolds(DataSource db) {
    sql(
        db,
        "INSERT INTO legal_hold (scope, scope_ref, reason, placed_by)"
            + " SELECT 'CUSTOMER', 'c' || g, 'litigation', 'officer-1' FROM generate_series(0, 499) g",
        "INSERT INTO legal_hold (scope, scope_ref, reason, placed_by)"
            + " SELECT 'CASE', 'case-' || g, 'regulator request', 'officer-1'"
            + " FROM generate_series(500, 999) g",
        "INSERT INTO legal_hold (scope, scope_ref, reason, placed_by, released_by, released_at)"
            + " VALUES ('CUSTOMER', 'c1000', 'settled', 'officer-1', 'officer-2', now())",
        "ANALYZE legal_hold");
  }

  private static void assertRemainingIsExactlyHeldFreshAndFlagged(DataSource db) {
    String expiredUnheld =
        "scored_at < '"
            + CUTOFF
            + "' AND NOT flagged"
            + " AND NOT (customer_id IN (SELECT 'c' || g FROM generate_series(0, 499) g))"
            + " AND NOT (coalesce(case_id, '') IN (SELECT 'case-' || g FROM generate_series(500, 999) g))";
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn WHERE " + expiredUnheld)).isZero();
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn WHERE id <= 1000000"))
        .isEqualTo(10_000);
    assertThat(
            longValue(db, "SELECT count(*) FROM scored_txn WHERE id > 2000000 AND id <= 2050000"))
        .isEqualTo(50_000);
    assertThat(longValue(db, "SELECT count(*) FROM scored_txn WHERE id > 3000000"))
        .isEqualTo(20_000);
  }
}
