package io.finnexus.streams.score;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Bounds the account-state store: deletes accounts whose last transaction is older than the
 * retention, measured against the newest event time this task has seen (not the wall clock, so a
 * replay of old data keeps its state). Deletes are changelogged as tombstones.
 */
final class IdleAccountSweeper {

  private final TimestampedKeyValueStore<String, byte[]> states;
  private final long retentionMillis;
  private long newestEventTime = Long.MIN_VALUE;

  IdleAccountSweeper(TimestampedKeyValueStore<String, byte[]> states, Duration retention) {
    this.states = states;
    this.retentionMillis = retention.toMillis();
  }

  void observe(long eventTime) {
    newestEventTime = Math.max(newestEventTime, eventTime);
  }

  /** Deletes idle accounts; returns how many. */
  int sweep() {
    if (newestEventTime == Long.MIN_VALUE) {
      return 0;
    }
    long cutoff = newestEventTime - retentionMillis;
    List<String> idle = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueAndTimestamp<byte[]>> entry = all.next();
        if (entry.value.timestamp() < cutoff) {
          idle.add(entry.key);
        }
      }
    }
    idle.forEach(states::delete);
    return idle.size();
  }
}
