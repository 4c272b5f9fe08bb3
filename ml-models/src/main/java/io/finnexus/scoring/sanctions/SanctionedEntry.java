package io.finnexus.scoring.sanctions;

import java.util.List;
import java.util.Objects;

/**
 * One listed party as loaded from a list file: its primary name (as written by the list, e.g.
 * {@code "LAST, First"} for OFAC individuals), its aliases, and descriptive fields shown to an
 * officer. Immutable.
 *
 * @param type list's party type, e.g. {@code individual}, {@code entity}, {@code vessel}
 * @param programs sanctions programs (OFAC) or UN list type, free text, may be empty
 * @param countries countries from the address file or UN addresses, may be empty
 */
public record SanctionedEntry(
    EntryKey key,
    String primaryName,
    List<String> aliases,
    String type,
    String programs,
    List<String> countries) {

  public SanctionedEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(primaryName, "primaryName");
    aliases = List.copyOf(aliases);
    type = type == null ? "" : type;
    programs = programs == null ? "" : programs;
    countries = List.copyOf(countries);
  }

  /** The primary name followed by every alias: all names a counterparty may be screened against. */
  public List<String> allNames() {
    var names = new java.util.ArrayList<String>(aliases.size() + 1);
    names.add(primaryName);
    names.addAll(aliases);
    return names;
  }
}
