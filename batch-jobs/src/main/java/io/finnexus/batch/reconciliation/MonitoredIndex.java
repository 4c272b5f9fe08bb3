package io.finnexus.batch.reconciliation;

import io.finnexus.batch.statement.StatementEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash indexes over the monitored transactions (by transaction id and by reference) plus which of
 * them are already taken. Building it reports monitoring-side duplicates and takes them out of
 * play.
 */
final class MonitoredIndex {

  private final List<MonitoredTransaction> monitored;
  private final boolean[] consumed;
  private final Map<String, Integer> byTransactionId;
  private final Map<String, Integer> byReference;

  private MonitoredIndex(List<MonitoredTransaction> monitored) {
    this.monitored = monitored;
    this.consumed = new boolean[monitored.size()];
    this.byTransactionId = new HashMap<>(capacity(monitored.size()));
    this.byReference = new HashMap<>(capacity(monitored.size()));
  }

  /**
   * Indexes {@code monitored}; every repeated transaction id adds a DUPLICATE to {@code breaks}.
   */
  static MonitoredIndex build(List<MonitoredTransaction> monitored, List<Break> breaks) {
    MonitoredIndex index = new MonitoredIndex(monitored);
    for (int i = 0; i < monitored.size(); i++) {
      MonitoredTransaction t = monitored.get(i);
      if (index.byTransactionId.putIfAbsent(t.transactionId(), i) != null) {
        breaks.add(Break.duplicateInMonitoring(t));
        index.consumed[i] = true;
      } else if (t.reference() != null) {
        index.byReference.putIfAbsent(t.reference(), i);
      }
    }
    return index;
  }

  /**
   * The free monitored transaction matching the entry's transaction id or end-to-end id, taken;
   * {@code -1} if none.
   */
  int takeByReference(StatementEntry e) {
    String transactionId = e.references().transactionId();
    String endToEndId = LedgerKeys.endToEndId(e);
    int found = free(byTransactionId, transactionId);
    found = found >= 0 ? found : free(byReference, endToEndId);
    found = found >= 0 ? found : free(byTransactionId, endToEndId);
    if (found >= 0) {
      consumed[found] = true;
    }
    return found;
  }

  MonitoredTransaction get(int i) {
    return monitored.get(i);
  }

  int size() {
    return monitored.size();
  }

  boolean isConsumed(int i) {
    return consumed[i];
  }

  void consume(int i) {
    consumed[i] = true;
  }

  private int free(Map<String, Integer> index, String key) {
    if (key == null) {
      return -1;
    }
    Integer i = index.get(key);
    return i == null || consumed[i] ? -1 : i;
  }

  static int capacity(int size) {
    return (int) Math.min(Integer.MAX_VALUE - 8, size * 4L / 3 + 16);
  }
}
