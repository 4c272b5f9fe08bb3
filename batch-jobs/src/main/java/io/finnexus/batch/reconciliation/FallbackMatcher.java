package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.StatementEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-pass matching for entries without a usable reference: same account, same signed amount,
 * same currency, and the monitored event day within ±{@code dateToleranceDays} of the ledger value
 * date or booking date. Among several candidates the closest day wins, then the earliest in input
 * order. One hash lookup per entry; buckets hold only transactions with identical keys.
 */
final class FallbackMatcher {

  private final MonitoredIndex index;
  private final ReconciliationConfig config;
  private final Map<Key, List<int[]>> buckets = new HashMap<>();

  private record Key(String accountId, long signedAmountMinor, String currency) {}

  /** Buckets every monitored transaction still free in {@code index}. */
  FallbackMatcher(MonitoredIndex index, ReconciliationConfig config) {
    this.index = index;
    this.config = config;
    for (int i = 0; i < index.size(); i++) {
      if (!index.isConsumed(i)) {
        MonitoredTransaction t = index.get(i);
        long day = t.eventTime().atZone(config.zone()).toLocalDate().toEpochDay();
        buckets
            .computeIfAbsent(
                new Key(t.accountId(), t.signedAmountMinor(), t.currency()),
                k -> new ArrayList<>(1))
            .add(new int[] {i, (int) day});
      }
    }
  }

  /** Takes and returns the best free candidate for {@code e}, or {@code -1}. */
  int take(StatementEntry e) {
    List<int[]> bucket = buckets.get(new Key(e.accountId(), e.signedAmountMinor(), e.currency()));
    if (bucket == null) {
      return -1;
    }
    int best = -1;
    long bestDistance = Long.MAX_VALUE;
    for (int[] candidate : bucket) {
      if (index.isConsumed(candidate[0])) {
        continue;
      }
      long distance = distance(e, candidate[1]);
      if (distance <= config.dateToleranceDays() && distance < bestDistance) {
        best = candidate[0];
        bestDistance = distance;
      }
    }
    if (best >= 0) {
      index.consume(best);
    }
    return best;
  }

  private static long distance(StatementEntry e, long day) {
    return Math.min(distance(e.valueDate(), day), distance(e.bookingDate(), day));
  }

  private static long distance(LocalDate date, long day) {
    return date == null ? Long.MAX_VALUE : Math.abs(date.toEpochDay() - day);
  }
}
