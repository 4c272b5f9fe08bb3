package io.finnexus.scoring.sanctions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe in-memory index of sanctioned names. Every primary name and alias is
 * normalised once ({@link NameNormalizer}) and indexed by token (inverted index token → names), by
 * adjacent-token compound ("ABU BAKR" → "ABUBAKR") and by blocking keys over the token vocabulary
 * ({@link TokenBlocking}), so screening one name touches only the names sharing a similar token.
 * Build a new index for a new list version and swap it in ({@link SanctionsScreener}).
 */
public final class SanctionsIndex {

  final List<SanctionedEntry> entries;
  final int[] nameEntry;
  final String[] nameText;
  final boolean[] nameIsAlias;
  final MatchItems[] nameItems;
  final String[] vocabulary;
  final float[] vocabularyWeight;
  final int[][] postings;
  final Map<String, int[]> compounds;
  final TokenBlocking blocking;
  private final Map<EntryKey, SanctionedEntry> byKey;
  private final int unsearchableNames;

  private SanctionsIndex(Builder b) {
    this.entries = List.copyOf(b.entries);
    this.nameEntry = b.nameEntry.toArray();
    this.nameText = b.nameText.toArray(new String[0]);
    this.nameIsAlias = new boolean[nameText.length];
    for (int i = 0; i < nameIsAlias.length; i++) {
      nameIsAlias[i] = b.aliasFlags.get(i);
    }
    this.nameItems = b.nameItems.toArray(new MatchItems[0]);
    this.vocabulary = b.vocabulary.toArray(new String[0]);
    this.vocabularyWeight = new float[vocabulary.length];
    this.postings = new int[vocabulary.length][];
    for (int v = 0; v < vocabulary.length; v++) {
      vocabularyWeight[v] = NameWords.weight(vocabulary[v]);
      postings[v] = b.postings.get(v).toArray();
    }
    markRareTokens();
    this.compounds = new HashMap<>(b.compounds.size() * 2);
    b.compounds.forEach((key, bag) -> compounds.put(key, bag.toArray()));
    this.blocking = TokenBlocking.build(vocabulary);
    this.byKey = new LinkedHashMap<>();
    for (SanctionedEntry entry : entries) {
      byKey.put(entry.key(), entry);
    }
    this.unsearchableNames = b.unsearchable;
  }

  private void markRareTokens() {
    Map<String, Integer> ids = new HashMap<>(vocabulary.length * 2);
    for (int v = 0; v < vocabulary.length; v++) {
      ids.put(vocabulary[v], v);
    }
    for (MatchItems items : nameItems) {
      for (int i = 0; i < items.singles; i++) {
        if (postings[ids.get(items.texts[i])].length <= NameScorer.RARE_TOKEN_MAX_NAMES) {
          items.rareTokens |= 1L << i;
        }
      }
    }
  }

  /** Indexes {@code entries}; names with no letter or digit are counted as unsearchable. */
  public static SanctionsIndex build(Collection<SanctionedEntry> entries) {
    Builder builder = new Builder();
    entries.forEach(builder::add);
    return new SanctionsIndex(builder);
  }

  /** Screens {@code name}: entries with a name scoring at least {@code threshold}, best first. */
  public ScreeningResult screen(String name, double threshold, int topK) {
    return CandidateSearch.screen(this, name, threshold, topK);
  }

  public List<SanctionedEntry> entries() {
    return entries;
  }

  public Optional<SanctionedEntry> entry(EntryKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public Set<EntryKey> keys() {
    return byKey.keySet();
  }

  /** Number of indexed names (primary names and aliases, after dropping normalised duplicates). */
  public int nameCount() {
    return nameText.length;
  }

  /** Names that normalise to nothing (no letter or digit) and can never match. */
  public int unsearchableNames() {
    return unsearchableNames;
  }

  private static final class Builder {
    final List<SanctionedEntry> entries = new ArrayList<>();
    final IntBag nameEntry = new IntBag();
    final List<String> nameText = new ArrayList<>();
    final List<Boolean> aliasFlags = new ArrayList<>();
    final List<MatchItems> nameItems = new ArrayList<>();
    final Map<String, Integer> vocabularyIds = new HashMap<>();
    final List<String> vocabulary = new ArrayList<>();
    final List<IntBag> postings = new ArrayList<>();
    final Map<String, IntBag> compounds = new HashMap<>();
    final Set<EntryKey> seen = new HashSet<>();
    int unsearchable;

    void add(SanctionedEntry entry) {
      if (!seen.add(entry.key())) {
        throw new IllegalArgumentException("duplicate entry " + entry.key());
      }
      int entryIndex = entries.size();
      entries.add(entry);
      Set<NormalizedName> forms = new HashSet<>();
      List<String> names = entry.allNames();
      for (int i = 0; i < names.size(); i++) {
        NormalizedName form = NameNormalizer.normalize(names.get(i));
        if (form.isEmpty()) {
          unsearchable++;
        } else if (forms.add(form)) {
          addName(entryIndex, names.get(i), i > 0, form);
        }
      }
    }

    private void addName(int entryIndex, String text, boolean alias, NormalizedName form) {
      int nameId = nameText.size();
      nameEntry.add(entryIndex);
      nameText.add(text);
      aliasFlags.add(alias);
      MatchItems items = MatchItems.of(form);
      nameItems.add(items);
      for (int i = 0; i < items.size(); i++) {
        if (items.isPair(i)) {
          compounds.computeIfAbsent(items.texts[i], k -> new IntBag()).addIfNotLast(nameId);
        } else {
          postings.get(vocabularyId(items.texts[i])).addIfNotLast(nameId);
        }
      }
    }

    private int vocabularyId(String token) {
      return vocabularyIds.computeIfAbsent(
          token,
          t -> {
            vocabulary.add(t);
            postings.add(new IntBag());
            return vocabulary.size() - 1;
          });
    }
  }
}
