package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionsIndexTest {

  private static SanctionedEntry ofac(String id, String name, String... aliases) {
    return new SanctionedEntry(
        new EntryKey(SanctionsList.OFAC, id), name, List.of(aliases), "individual", "", List.of());
  }

  private final SanctionsIndex index =
      SanctionsIndex.build(
          List.of(
              ofac("1", "AL-BAGHDADI, Abu Bakr", "IBRAHIM AWWAD IBRAHIM AL-BADRI"),
              ofac("2", "PUTIN, Vladimir"),
              ofac("3", "ANGLO-CARIBBEAN CO., LTD."),
              ofac("4", "XI, Jinping"),
              ofac("5", "SMITH, John")));

  private ScreeningResult screen(String name) {
    return index.screen(name, SanctionsScreener.DEFAULT_THRESHOLD, 5);
  }

  @Test
  void findsANameInAnyWordOrderAndCase() {
    ScreeningMatch best = screen("abu bakr al baghdadi").best().orElseThrow();

    assertThat(best.entry()).isEqualTo(new EntryKey(SanctionsList.OFAC, "1"));
    assertThat(best.matchedName()).isEqualTo("AL-BAGHDADI, Abu Bakr");
    assertThat(best.alias()).isFalse();
    assertThat(best.score()).isEqualTo(1.0);
  }

  @Test
  void reportsWhenTheMatchWasAnAlias() {
    ScreeningMatch best = screen("Ibrahim Awwad Ibrahim al-Badri").best().orElseThrow();

    assertThat(best.alias()).isTrue();
    assertThat(best.primaryName()).isEqualTo("AL-BAGHDADI, Abu Bakr");
  }

  @Test
  void wordsWrittenTogetherOrApartStillMatch() {
    assertThat(screen("Abubakr Baghdadi").bestScore()).isGreaterThan(0.95);
    assertThat(screen("习近平").best().orElseThrow().entryId()).isEqualTo("4");
  }

  @Test
  void extraWordsInTheScreenedNameStillFindAContainedListedName() {
    assertThat(screen("Vladimir Vladimirovich Putin").best().orElseThrow().entryId())
        .isEqualTo("2");
  }

  @Test
  void aDifferentLegalFormBarelyLowersTheScore() {
    assertThat(screen("Anglo Caribbean Company Limited").bestScore()).isGreaterThan(0.95);
    assertThat(screen("Anglo Caribbean").bestScore()).isGreaterThan(0.95);
  }

  @Test
  void aSmallSpellingDifferenceScoresBelowOneButAboveTheThreshold() {
    double score = screen("Jon Smith").bestScore();

    assertThat(score).isBetween(SanctionsScreener.DEFAULT_THRESHOLD, 0.99);
  }

  @Test
  void unrelatedNamesAndSharedSingleWordsDoNotHit() {
    assertThat(screen("Maria Garcia").isHit()).isFalse();
    assertThat(screen("John Williams").isHit()).isFalse();
    assertThat(screen("").isHit()).isFalse();
    assertThat(screen("?!").isHit()).isFalse();
  }

  @Test
  void topKLimitsTheMatchesOnePerEntryBestFirst() {
    SanctionsIndex twins =
        SanctionsIndex.build(
            List.of(
                ofac("1", "SMITH, John"),
                ofac("2", "SMITH, Jon", "SMITH, John"),
                ofac("3", "SMYTH, John")));

    ScreeningResult result = twins.screen("John Smith", 0.9, 2);

    assertThat(result.matches()).extracting(ScreeningMatch::entryId).containsExactly("1", "2");
    assertThat(result.matches().get(1).alias()).isTrue();
  }

  /** Found by NameScreeningFuzzTest: deletion keys of a huge token cost O(length²) (minutes). */
  @Test
  @org.junit.jupiter.api.Timeout(5)
  void aHugeNameIsScreenedAtOnce() {
    assertThat(screen("X".repeat(25_000)).isHit()).isFalse();
    assertThat(screen("SMITH " + "JOHNX".repeat(5_000)).isHit()).isFalse();
    assertThat(screen("SMYTH, JOHN").best().orElseThrow().entry().id()).isEqualTo("5");
  }
}
