package io.finnexus.retention.purge;

import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.policy.DataCategory;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One table to purge for a category: its anchor column (a {@code timestamptz} the retention period
 * runs from), an optional trusted predicate narrowing the rows (e.g. {@code flagged = false} for
 * unflagged scored transactions) and the columns legal holds are matched on, e.g. {@code CUSTOMER
 * -> customer_id}.
 *
 * <p>Identifiers are validated; {@code onlyWhere} comes from code or operator configuration, never
 * from a request.
 */
public record PurgeTarget(
    DataCategory category,
    String table,
    String anchorColumn,
    String onlyWhere,
    Map<HoldScope, String> holdColumns) {

  private static final Pattern IDENTIFIER =
      Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");

  public PurgeTarget {
    requireIdentifier(table);
    requireIdentifier(anchorColumn);
    holdColumns = Map.copyOf(holdColumns);
    holdColumns.values().forEach(PurgeTarget::requireIdentifier);
    if (onlyWhere != null && (onlyWhere.contains(";") || onlyWhere.contains("--"))) {
      throw new IllegalArgumentException("onlyWhere must be a single predicate");
    }
  }

  private static void requireIdentifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL identifier: " + name);
    }
  }
}
