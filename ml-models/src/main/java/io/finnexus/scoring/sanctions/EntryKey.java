package io.finnexus.scoring.sanctions;

import java.util.Objects;

/**
 * Identity of a listed party across list versions: the list plus the list's own id (OFAC {@code
 * ent_num}, UN {@code REFERENCE_NUMBER}). Rendered as {@code LIST:ID}, e.g. {@code OFAC:36}.
 */
public record EntryKey(SanctionsList list, String id) implements Comparable<EntryKey> {

  public EntryKey {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(EntryKey other) {
    int byList = list.compareTo(other.list);
    return byList != 0 ? byList : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return list + ":" + id;
  }
}
