package io.finnexus.models.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

  @Test
  void perfect_ranking_scores_one_everywhere() {
    double[] s = {0.9, 0.8, 0.3, 0.2, 0.1};
    boolean[] y = {true, true, false, false, false};
    ModelMetrics m = BinaryMetrics.compute(s, y, 2, true);
    assertThat(m.prAuc()).isEqualTo(1.0);
    assertThat(m.rocAuc()).isEqualTo(1.0);
    assertThat(m.precisionAtK()).isEqualTo(1.0);
    assertThat(m.recallAt1PctFpr()).isEqualTo(1.0);
  }

  @Test
  void known_values_for_a_mixed_ranking() {
    // ranking: P N P N ; AP = (1/2)(1/1) + (1/2)(2/3) = 0.8333 ; AUC = 3/4
    double[] s = {0.9, 0.8, 0.7, 0.1};
    boolean[] y = {true, false, true, false};
    ModelMetrics m = BinaryMetrics.compute(s, y, 2, true);
    assertThat(m.prAuc()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(m.rocAuc()).isCloseTo(0.75, within(1e-12));
    assertThat(m.precisionAtK()).isEqualTo(0.5);
    assertThat(m.recallAt1PctFpr()).isEqualTo(0.5);
    assertThat(m.brier()).isCloseTo((0.01 + 0.64 + 0.09 + 0.01) / 4, within(1e-12));
  }

  @Test
  void tied_scores_count_half_and_do_not_depend_on_row_order() {
    boolean[] y = {true, false};
    double[] s = {0.5, 0.5};
    assertThat(BinaryMetrics.compute(s, y, 1, true).rocAuc()).isEqualTo(0.5);
    assertThat(BinaryMetrics.compute(s, new boolean[] {false, true}, 1, true).prAuc())
        .isEqualTo(BinaryMetrics.compute(s, y, 1, true).prAuc());
  }

  @Test
  void reliability_bins_report_observed_rates() {
    double[] s = {0.05, 0.05, 0.95, 0.95};
    boolean[] y = {false, false, true, false};
    ModelMetrics m = BinaryMetrics.compute(s, y, 1, true);
    assertThat(m.reliability().get(0).observedRate()).isEqualTo(0.0);
    assertThat(m.reliability().get(9).observedRate()).isEqualTo(0.5);
    assertThat(m.reliability().get(9).count()).isEqualTo(2);
  }
}
