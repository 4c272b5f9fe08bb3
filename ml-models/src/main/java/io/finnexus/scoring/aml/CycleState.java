package io.finnexus.scoring.aml;

import java.util.ArrayList;
import java.util.List;

/**
 * The cycle tracker's part of an account's state: inbound paths that ended here, recent transfers
 * out to monitored accounts, recent credits from monitored accounts (to cite both legs in
 * double-entry feeds), and loops already reported with this account as origin. Every list is capped
 * by {@link CycleLimits}; memory per key is at most {@code maxPathsPerAccount × maxHops} hops.
 */
public final class CycleState {
  static final int MAX_CREDITS = 16;
  static final int MAX_REPORTED = 16;

  final List<PathToken> paths = new ArrayList<>();
  final List<Edge> outEdges = new ArrayList<>();
  final List<Edge> credits = new ArrayList<>();
  final long[] reported = new long[MAX_REPORTED];
  int reportedNext;

  /** A transfer between this account and a monitored counterparty. */
  record Edge(String counterparty, long amount, long time, String transactionId) {}

  boolean wasReported(long loopKey) {
    for (long r : reported) {
      if (r == loopKey) {
        return true;
      }
    }
    return false;
  }

  void markReported(long loopKey) {
    reported[reportedNext] = loopKey;
    reportedNext = (reportedNext + 1) % MAX_REPORTED;
  }

  static <T> void capped(List<T> list, T item, int cap) {
    if (list.size() >= cap) {
      list.remove(0);
    }
    list.add(item);
  }
}
