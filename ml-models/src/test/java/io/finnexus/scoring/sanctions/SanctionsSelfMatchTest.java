package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every primary name and every alias of every loaded list file (OFAC SDN 2024 and 2019 with alt.csv
 * and remark aliases, UN consolidated with aliases and original-script names) must find its own
 * entry at 0.95 or more: the index may never lose a listed name.
 */
class SanctionsSelfMatchTest {

  @Test
  void everyListedNameAndAliasFindsItsOwnEntry() {
    LoadedLists lists = SanctionsTestData.fullLists();
    SanctionsIndex index = SanctionsTestData.fullIndex();
    int names = 0;
    int aliases = 0;
    double lowest = 1.0;
    List<String> misses = new ArrayList<>();
    for (SanctionedEntry entry : lists.entries()) {
      for (String name : entry.allNames()) {
        double score = ownScore(index, entry, name);
        names++;
        aliases += name.equals(entry.primaryName()) ? 0 : 1;
        lowest = Math.min(lowest, score);
        if (score < 0.95 && misses.size() < 20) {
          misses.add(entry.key() + " '" + name + "' scored " + score);
        }
      }
    }
    System.out.printf(
        "self-match: %d entries, %d names (%d aliases), lowest own score %.4f%n",
        lists.entries().size(), names, aliases, lowest);
    assertThat(misses).isEmpty();
    assertThat(lowest).isGreaterThanOrEqualTo(0.95);
    assertThat(lists.entries().stream().filter(e -> e.key().list() == SanctionsList.OFAC))
        .hasSizeGreaterThanOrEqualTo(14_668);
    assertThat(lists.entries().stream().filter(e -> e.key().list() == SanctionsList.UN))
        .hasSize(730 + 273);
    assertThat(index.unsearchableNames()).isZero();
  }

  private static double ownScore(SanctionsIndex index, SanctionedEntry entry, String name) {
    return index.screen(name, 0.95, Integer.MAX_VALUE).matches().stream()
        .filter(match -> match.entry().equals(entry.key()))
        .mapToDouble(ScreeningMatch::score)
        .max()
        .orElse(0);
  }
}
