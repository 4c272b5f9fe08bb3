package io.finnexus.retention.erasure;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link ErasureTarget} erased: the target, the store and location (e.g. {@code
 * postgresql:subject_key}), how many items, and what that means. Goes into the confirmation.
 */
public record ErasureOutcome(String target, String location, long erased, String what) {

  /** Tab/newline-free text form for storage. */
  static String encode(List<ErasureOutcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    for (ErasureOutcome o : outcomes) {
      sb.append(clean(o.target)).append('\t').append(clean(o.location)).append('\t');
      sb.append(o.erased).append('\t').append(clean(o.what)).append('\n');
    }
    return sb.toString();
  }

  static List<ErasureOutcome> decode(String text) {
    List<ErasureOutcome> outcomes = new ArrayList<>();
    if (text == null) {
      return outcomes;
    }
    for (String line : text.split("\n")) {
      String[] f = line.split("\t", 4);
      if (f.length == 4) {
        outcomes.add(new ErasureOutcome(f[0], f[1], Long.parseLong(f[2]), f[3]));
      }
    }
    return outcomes;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
