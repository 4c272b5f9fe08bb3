package io.finnexus.batch.jobs.purge;

import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.policy.DataCategory;
import io.finnexus.retention.purge.PurgeTarget;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the purge job purges ({@code finnexus.retention.purge.*}).
 *
 * @param chunkSize rows deleted and committed per chunk
 * @param targets tables to purge, in order; empty: {@link #DEFAULT_TARGETS}
 */
@ConfigurationProperties("finnexus.retention.purge")
public record PurgeTargets(
    @DefaultValue("5000") int chunkSize, @DefaultValue List<Target> targets) {

  /**
   * One configured table: {@code finnexus.retention.purge.targets[0].category=JOB_HISTORY}, {@code
   * .table=reconciliation_break}, {@code .anchor-column=created_at}, optional {@code .only-where}
   * and {@code .hold-columns.CUSTOMER=customer_id}.
   */
  public record Target(
      DataCategory category,
      String table,
      String anchorColumn,
      String onlyWhere,
      @DefaultValue Map<HoldScope, String> holdColumns) {

    PurgeTarget toPurgeTarget() {
      return new PurgeTarget(category, table, anchorColumn, onlyWhere, holdColumns);
    }
  }

  /**
   * Without configuration: the batch module's own history (JOB_HISTORY: reconciliation breaks and
   * reports, backup verifications) and the scored-transaction archive (SCORED_TRANSACTION, by event
   * time). Alerts, cases and SARs are never purged by default: their anchor (closure, filing)
   * belongs to the review workflow, which configures those targets itself.
   */
  public static final List<PurgeTarget> DEFAULT_TARGETS =
      List.of(
          new PurgeTarget(
              DataCategory.JOB_HISTORY, "reconciliation_break", "created_at", null, Map.of()),
          new PurgeTarget(
              DataCategory.JOB_HISTORY, "reconciliation_report", "created_at", null, Map.of()),
          new PurgeTarget(
              DataCategory.JOB_HISTORY, "backup_verification", "verified_at", null, Map.of()),
          new PurgeTarget(
              DataCategory.SCORED_TRANSACTION,
              "monitored_transaction",
              "event_time",
              null,
              Map.of()));

  public List<PurgeTarget> resolved() {
    return targets.isEmpty()
        ? DEFAULT_TARGETS
        : targets.stream().map(Target::toPurgeTarget).toList();
  }
}
