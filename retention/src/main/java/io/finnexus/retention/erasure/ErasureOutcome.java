package io.finnexus.retention.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link ErasureTarget} erased: the target, the store and location (e.g. {@code
 * postgresql:subject_key}), how many items, and what that means. Goes into the confirmation.
 *
 * <p>{@code completeBy} is when the erasure takes full effect there, for a store that removes data
 * some time after being told to (Kafka compaction after tombstones); {@code null} when it took
 * effect at once. A request cannot be confirmed before its latest {@code completeBy}.
 */
public record ErasureOutcome(
    String target, String location, long erased, String what, Instant completeBy) {

  /** An erasure that took effect at once. */
  public ErasureOutcome(String target, String location, long erased, String what) {
    this(target, location, erased, what, null);
  }

  /** Tab/newline-free text form for storage. */
  static String encode(List<ErasureOutcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    for (ErasureOutcome o : outcomes) {
      sb.append(clean(o.target)).append('\t').append(clean(o.location)).append('\t');
      sb.append(o.erased).append('\t').append(clean(o.what));
      if (o.completeBy != null) {
        sb.append('\t').append(o.completeBy);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Reads {@link #encode}'s form; rows stored before {@code completeBy} existed have 4 fields. */
  static List<ErasureOutcome> decode(String text) {
    List<ErasureOutcome> outcomes = new ArrayList<>();
    if (text == null) {
      return outcomes;
    }
    for (String line : text.split("\n")) {
      String[] f = line.split("\t", 5);
      if (f.length >= 4) {
        Instant completeBy = f.length == 5 ? Instant.parse(f[4]) : null;
        outcomes.add(new ErasureOutcome(f[0], f[1], Long.parseLong(f[2]), f[3], completeBy));
      }
    }
    return outcomes;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
