package io.finnexus.scoring.sanctions;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The entry point for sanctions screening: screens names against the current list version and swaps
 * in a new version atomically, so a screening in flight always sees one consistent index (never
 * half of an update) and list updates need no restart.
 *
 * <p><b>Default threshold {@value #DEFAULT_THRESHOLD}</b>, chosen from measurements against the
 * full index (OFAC SDN 2024 + 2019 with alt.csv and remark aliases, UN consolidated: 16,783
 * entries, 33,357 names; see {@code SanctionsSelfMatchTest} and {@code
 * SanctionsScreeningQualityTest}): every primary name and alias scores 1.0 against itself;
 * reordered, lower-cased and accented forms of 500 sampled individuals are all found; their ICU
 * Latin-Cyrillic transliterations in 96%; one random letter changed in the longest word in 97%; the
 * last word left out (patronymic, second given name) in 91%. Of 10,000 ordinary names drawn from
 * 200 common given names × 200 surnames of many cultures, 0.4–0.5% hit at 0.92 (two seeds), against
 * 0.6–0.7% at 0.90 and 0.2–0.3% at 0.93, where the containment rule for left-out words stops
 * working. 0.92 is the lowest threshold that keeps the false hits at half the 1% budget. Most of
 * them share both words with a listed individual ("Louis Lopez" against "LOPEZ, Luis"), which only
 * date of birth or nationality can clear. Lower it to catch looser spellings at the cost of more
 * alerts to review.
 */
public final class SanctionsScreener {

  /** Score at or above which a listed name is a hit; see the class comment for the measurements. */
  public static final double DEFAULT_THRESHOLD = 0.92;

  /** Matches returned by {@link #screen(String)}. */
  public static final int DEFAULT_TOP_K = 10;

  private final AtomicReference<SanctionsIndex> current;

  public SanctionsScreener(SanctionsIndex initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * Builds a screener from every list file under {@code dir} (see {@link SanctionsListsLoader}).
   */
  public static SanctionsScreener fromDirectory(Path dir) {
    return new SanctionsScreener(SanctionsIndex.build(SanctionsListsLoader.load(dir).entries()));
  }

  public ScreeningResult screen(String name) {
    return screen(name, DEFAULT_THRESHOLD, DEFAULT_TOP_K);
  }

  public ScreeningResult screen(String name, double threshold, int topK) {
    return current.get().screen(name, threshold, topK);
  }

  public SanctionsIndex currentIndex() {
    return current.get();
  }

  /**
   * Builds an index of {@code entries} and makes it current; screenings already running finish on
   * the old one. Returns what changed against the index it replaced.
   */
  public ListUpdate update(List<SanctionedEntry> entries) {
    return swap(SanctionsIndex.build(entries));
  }

  /** Makes {@code next} current and reports what changed against the index it replaced. */
  public ListUpdate swap(SanctionsIndex next) {
    SanctionsIndex previous = current.getAndSet(next);
    return ListUpdate.between(previous, next);
  }
}
