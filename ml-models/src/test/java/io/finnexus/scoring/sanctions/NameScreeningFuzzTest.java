package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.Mutations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name normalisation and screening under hostile names, 10,000 cases each: look-alike letters,
 * combining marks, bidi controls, lone surrogates, huge and empty names and mutated listed names.
 * Normalising never throws, yields one line of space-separated tokens and is stable (normalising
 * the result changes nothing); screening never throws and answers scores in [0,1], best first.
 */
class NameScreeningFuzzTest {

  private static final int CASES = 10_000;

  @Test
  void normalisationIsTotalAndStable() {
    List<SanctionedEntry> entries = SanctionsTestData.fullIndex().entries();
    Fuzz.of("screening: normalisation", CASES)
        .parallel()
        .run(
            c -> {
              String name = c.input(hostileName(c.random(), entries));
              String normalized = NameNormalizer.normalizedText(name);
              assertThat(normalized).doesNotContain("\n", "\r", "  ").isEqualTo(normalized.strip());
              assertThat(NameNormalizer.normalizedText(normalized)).isEqualTo(normalized);
              c.label(normalized.isEmpty() ? "no tokens" : "tokens");
            })
        .assertAtLeast(CASES)
        .assertReached("tokens", "no tokens");
  }

  @Test
  void screeningAnswersEveryName() {
    SanctionsIndex index = SanctionsTestData.fullIndex();
    Fuzz.of("screening: screen", CASES)
        .parallel()
        .run(
            c -> {
              String name = c.input(hostileName(c.random(), index.entries()));
              ScreeningResult result = index.screen(name, 0.8, 10);
              assertThat(result.matches()).hasSizeLessThanOrEqualTo(10);
              double previous = 1.0;
              for (ScreeningMatch match : result.matches()) {
                assertThat(match.score()).isBetween(0.8, 1.0).isLessThanOrEqualTo(previous);
                previous = match.score();
              }
              c.label(result.isHit() ? "hit" : "no hit");
            })
        .assertAtLeast(CASES)
        .assertReached("hit", "no hit");
  }

  private static String hostileName(java.util.SplittableRandom r, List<SanctionedEntry> entries) {
    String listed = entries.get(r.nextInt(entries.size())).primaryName();
    return switch (r.nextInt(5)) {
      case 0 -> Hostile.string(r);
      case 1 -> Hostile.confusable(r, listed);
      case 2 -> Hostile.zalgo(r, listed);
      case 3 -> Mutations.text(r, listed);
      default -> listed;
    };
  }
}
