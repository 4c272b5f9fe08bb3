package io.finnexus.scoring.sanctions;

/**
 * One listed party a screened name resembles, with what an officer needs to judge the hit: which
 * list and entry, which of its names matched (the primary name or an alias, as the list writes it),
 * and the similarity score in [0,1] (1 = same name after normalisation).
 */
public record ScreeningMatch(
    EntryKey entry,
    String matchedName,
    boolean alias,
    double score,
    String primaryName,
    String entryType) {

  public SanctionsList list() {
    return entry.list();
  }

  public String entryId() {
    return entry.id();
  }
}
