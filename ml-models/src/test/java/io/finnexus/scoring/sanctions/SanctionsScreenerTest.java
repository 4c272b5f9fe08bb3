package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionsScreenerTest {

  private static SanctionedEntry un(String id, String name, String... aliases) {
    return new SanctionedEntry(
        new EntryKey(SanctionsList.UN, id), name, List.of(aliases), "entity", "", List.of());
  }

  @Test
  void anUpdateReportsAddedRemovedAndRenamedEntriesAndTakesEffectAtOnce() {
    SanctionsScreener screener =
        new SanctionsScreener(
            SanctionsIndex.build(
                List.of(un("QDe.1", "OLD FRONT"), un("QDe.2", "STAYING FRONT"), un("QDe.3", "X"))));
    assertThat(screener.screen("Old Front").isHit()).isTrue();

    ListUpdate update =
        screener.update(
            List.of(
                un("QDe.2", "STAYING FRONT"),
                un("QDe.3", "X", "NEW ALIAS FRONT"),
                un("QDe.4", "NEW FRONT")));

    assertThat(update.added()).extracting(EntryKey::toString).containsExactly("UN:QDe.4");
    assertThat(update.removed()).extracting(EntryKey::toString).containsExactly("UN:QDe.1");
    assertThat(update.changedNames()).extracting(EntryKey::toString).containsExactly("UN:QDe.3");
    assertThat(update.summary()).isEqualTo("added=1 removed=1 changed=1");
    assertThat(screener.screen("Old Front").isHit()).isFalse();
    assertThat(screener.screen("New Front").best().orElseThrow().entryId()).isEqualTo("QDe.4");
  }

  @Test
  void aScreeningThatStartedOnTheOldIndexFinishesOnIt() {
    SanctionsScreener screener =
        new SanctionsScreener(SanctionsIndex.build(List.of(un("QDe.1", "OLD FRONT"))));
    SanctionsIndex inFlight = screener.currentIndex();

    screener.update(List.of());

    assertThat(inFlight.screen("Old Front", 0.9, 1).isHit()).isTrue();
    assertThat(screener.screen("Old Front").isHit()).isFalse();
  }
}
