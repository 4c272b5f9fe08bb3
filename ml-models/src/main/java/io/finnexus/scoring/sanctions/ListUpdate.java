package io.finnexus.scoring.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed between two list versions, by entry ({@code LIST:ID}): entries added, entries
 * removed (delisted), and entries whose names or aliases changed. Compliance needs this to
 * re-screen existing customers against new entries and to release hits on delisted ones.
 */
public record ListUpdate(
    SortedSet<EntryKey> added, SortedSet<EntryKey> removed, SortedSet<EntryKey> changedNames) {

  public ListUpdate {
    added = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(added));
    removed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(removed));
    changedNames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(changedNames));
  }

  /** Compares two index versions entry by entry. */
  public static ListUpdate between(SanctionsIndex before, SanctionsIndex after) {
    SortedSet<EntryKey> added = new TreeSet<>();
    SortedSet<EntryKey> changed = new TreeSet<>();
    for (SanctionedEntry entry : after.entries()) {
      var previous = before.entry(entry.key());
      if (previous.isEmpty()) {
        added.add(entry.key());
      } else if (!Objects.equals(previous.get().allNames(), entry.allNames())) {
        changed.add(entry.key());
      }
    }
    SortedSet<EntryKey> removed = new TreeSet<>(before.keys());
    removed.removeAll(after.keys());
    return new ListUpdate(added, removed, changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changedNames.isEmpty();
  }

  /** One-line summary, e.g. {@code added=3 removed=1 changed=2}. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    parts.add("added=" + added.size());
    parts.add("removed=" + removed.size());
    parts.add("changed=" + changedNames.size());
    return String.join(" ", parts);
  }
}
