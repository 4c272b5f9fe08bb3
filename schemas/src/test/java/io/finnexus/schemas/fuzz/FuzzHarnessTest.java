package io.finnexus.schemas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The harness itself: every case runs exactly once, and a failing case is named for replay. */
class FuzzHarnessTest {

  @Test
  void parallelRunVisitsEveryCaseOnceWithTheSameDraws() {
    Set<String> parallelDraws = ConcurrentHashMap.newKeySet();
    Fuzz.of("harness", 1_000)
        .parallel()
        .run(c -> parallelDraws.add(c.index() + ":" + c.random().nextLong()))
        .assertAtLeast(1_000);
    Set<String> sequentialDraws = ConcurrentHashMap.newKeySet();
    Fuzz.of("harness", 1_000)
        .run(c -> sequentialDraws.add(c.index() + ":" + c.random().nextLong()));

    assertThat(parallelDraws).hasSize(1_000).isEqualTo(sequentialDraws);
  }

  @Test
  void aFailingCaseIsReportedWithItsSeedAndIndex() {
    assertThatThrownBy(
            () ->
                Fuzz.of("harness failure", 1_000)
                    .parallel()
                    .run(
                        c -> {
                          c.input("case " + c.index());
                          if (c.index() == 613) {
                            throw new IllegalStateException("boom");
                          }
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("case=613")
        .hasMessageContaining("-Dfuzz.case=613")
        .hasMessageContaining("boom");
  }
}
