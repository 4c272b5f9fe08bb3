package io.finnexus.retention.purge;

import io.finnexus.retention.audit.RetentionAudit;
import io.finnexus.retention.policy.RetentionPolicies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Purges one {@link PurgeTarget}: deletes rows past retention and not under a legal hold, one
 * committed chunk at a time, recording progress in the same transaction as the delete.
 *
 * <p>Restartable: a run that failed or crashed is resumed by the next {@link #run} with the same
 * fixed cutoff; deletes are idempotent, so the final state is the same as an uninterrupted run. One
 * run per table at a time (PostgreSQL advisory lock). Every run, dry or real, leaves an audit entry
 * with counts, never the data.
 *
 * <p>Spring Batch seam: {@link #begin}, {@link #nextChunk} and {@link #finish} are the three steps
 * of a tasklet ({@code RepeatStatus.continueIf(nextChunk(..) > 0)}); {@link #run} is the plain loop
 * used until the purge is wired as a job in batch-jobs.
 */
public final class ChunkedPurge {

  private final DataSource dataSource;
  private final RetentionPolicies policies;
  private final RetentionAudit audit;
  private final PurgeSettings settings;
  private final Clock clock;
  private final ChunkListener listener;
  private final PurgeRunStore runs = new PurgeRunStore();

  public ChunkedPurge(
      DataSource dataSource,
      RetentionPolicies policies,
      RetentionAudit audit,
      PurgeSettings settings,
      Clock clock,
      ChunkListener listener) {
    this.dataSource = dataSource;
    this.policies = policies;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.listener = listener;
  }

  /** Deletes what is past retention and unheld, resuming an unfinished run if there is one. */
  public PurgeReport run(PurgeTarget target) {
    long startNanos = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (AdvisoryLock lock = AdvisoryLock.acquire(c, "purge:" + target.table())) {
        PurgeRun run = begin(c, target);
        PurgeSql sql = new PurgeSql(target);
        long deletedNow = loop(c, sql, target, run);
        return finish(c, sql, target, run, deletedNow, startNanos);
      }
    } catch (SQLException e) {
      throw new PurgeFailed("purge of " + target.table() + " failed: " + e.getSQLState(), e);
    }
  }

  /** Counts what a run would delete and what legal holds keep; deletes nothing. */
  public PurgeReport dryRun(PurgeTarget target) {
    long startNanos = System.nanoTime();
    Instant cutoff = policies.of(target.category()).cutoff(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      PurgeSql sql = new PurgeSql(target);
      PurgeRun run = runs.start(c, target, cutoff, true, clock.instant());
      long eligible = count(c, sql.countEligible, cutoff);
      long held = count(c, sql.countExpired, cutoff) - eligible;
      runs.complete(c, run.id(), eligible, held, clock.instant());
      c.commit();
      PurgeReport report =
          new PurgeReport(
              run.id(),
              target.category(),
              target.table(),
              cutoff,
              true,
              false,
              eligible,
              0,
              0,
              held,
              0,
              Duration.ofNanos(System.nanoTime() - startNanos));
      audit.record("purge.dry-run", run.id().toString(), counts(report));
      return report;
    } catch (SQLException e) {
      throw new PurgeFailed("dry run of " + target.table() + " failed: " + e.getSQLState(), e);
    }
  }

  /** Resumes the table's unfinished run, or starts one with the policy's cutoff as of now. */
  public PurgeRun begin(Connection c, PurgeTarget target) throws SQLException {
    var unfinished = runs.findUnfinished(c, target);
    PurgeRun run =
        unfinished.isPresent()
            ? unfinished.get()
            : runs.start(
                c,
                target,
                policies.of(target.category()).cutoff(clock.instant()),
                false,
                clock.instant());
    c.commit();
    return run;
  }

  /** Deletes and commits one chunk with its progress; returns the rows deleted (0 = done). */
  public long nextChunk(Connection c, PurgeSql sql, PurgeRun run) throws SQLException {
    try (PreparedStatement async = c.prepareStatement("SET LOCAL synchronous_commit = off");
        PreparedStatement delete = c.prepareStatement(sql.deleteChunk)) {
      // Safe: the delete and its progress record are lost or kept together, and a later
      // synchronous commit (the run's completion) flushes every earlier one.
      async.execute();
      delete.setObject(1, PurgeRunStore.utc(run.cutoff()));
      delete.setInt(2, settings.chunkSize());
      int deleted = delete.executeUpdate();
      if (deleted > 0) {
        runs.recordChunk(c, run.id(), deleted);
      }
      c.commit();
      return deleted;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** Marks the run completed with the count of expired rows that holds kept, and audits it. */
  public PurgeReport finish(
      Connection c, PurgeSql sql, PurgeTarget target, PurgeRun run, long deletedNow, long t0)
      throws SQLException {
    long heldBack = count(c, sql.countExpired, run.cutoff());
    long[] totals = runs.complete(c, run.id(), null, heldBack, clock.instant());
    c.commit();
    PurgeReport report =
        new PurgeReport(
            run.id(),
            target.category(),
            target.table(),
            run.cutoff(),
            false,
            run.resumed(),
            totals[1],
            totals[1],
            deletedNow,
            heldBack,
            totals[0],
            Duration.ofNanos(System.nanoTime() - t0));
    audit.record("purge.completed", run.id().toString(), counts(report));
    return report;
  }

  private long loop(Connection c, PurgeSql sql, PurgeTarget target, PurgeRun run)
      throws SQLException {
    long deletedNow = 0;
    long chunkNumber = run.chunks();
    try {
      long deleted;
      while ((deleted = nextChunk(c, sql, run)) > 0) {
        deletedNow += deleted;
        listener.afterChunk(run.id(), ++chunkNumber, deleted);
      }
      return deletedNow;
    } catch (SQLException | RuntimeException e) {
      runs.fail(c, run.id(), e.getClass().getSimpleName(), clock.instant());
      c.commit();
      audit.record(
          "purge.failed",
          run.id().toString(),
          Map.of(
              "category",
              target.category(),
              "table",
              target.table(),
              "deletedThisAttempt",
              deletedNow,
              "error",
              e.getClass().getSimpleName()));
      throw e instanceof PurgeFailed pf
          ? pf
          : new PurgeFailed("purge interrupted; rerun resumes", e);
    }
  }

  private static long count(Connection c, String sql, Instant cutoff) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, PurgeRunStore.utc(cutoff));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Map<String, Object> counts(PurgeReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", r.category());
    m.put("table", r.table());
    m.put("cutoff", r.cutoff());
    m.put("dryRun", r.dryRun());
    m.put("resumed", r.resumed());
    m.put("eligible", r.eligible());
    m.put("deleted", r.deleted());
    m.put("heldBack", r.heldBack());
    m.put("chunks", r.chunks());
    return m;
  }
}
