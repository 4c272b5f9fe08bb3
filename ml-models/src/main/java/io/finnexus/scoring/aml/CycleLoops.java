package io.finnexus.scoring.aml;

import io.finnexus.scoring.state.RecentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Canonical views of a closed loop, equal for every rotation, so each member reports the same. */
public final class CycleLoops {
  private static final long DAY = 24L * 3600 * 1000;

  private CycleLoops() {}

  /** Members in flow order, starting at the smallest account id. */
  public static List<String> members(PathToken loop) {
    int n = loop.hops();
    int start = 0;
    for (int i = 1; i < n; i++) {
      if (loop.accounts()[i].compareTo(loop.accounts()[start]) < 0) {
        start = i;
      }
    }
    List<String> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      members.add(loop.accounts()[(start + i) % n]);
    }
    return members;
  }

  /** Sorted members and the loop's first day: the episode a loop alert id is derived from. */
  public static String episodeKey(PathToken loop) {
    String[] sorted = Arrays.copyOf(loop.accounts(), loop.hops());
    Arrays.sort(sorted);
    return String.join(",", sorted) + "@" + Math.floorDiv(loop.minTime(), DAY);
  }

  static long loopKey(PathToken loop) {
    return RecentSet.key(episodeKey(loop));
  }

  /** Debit ids, then known credit ids, of every hop. */
  public static List<String> transactionIds(PathToken loop) {
    List<String> ids = new ArrayList<>();
    ids.addAll(Arrays.asList(loop.debitIds()));
    for (String c : loop.creditIds()) {
      if (c != null) {
        ids.add(c);
      }
    }
    return ids;
  }
}
