package io.finnexus.models.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSplitTest {

  @Test
  void rows_sharing_the_cutoff_time_all_go_to_validation_and_none_is_lost() {
    List<LabelledRow> rows = new ArrayList<>();
    long[] times = {5, 1, 3, 3, 3, 9, 2};
    for (int i = 0; i < times.length; i++) {
      rows.add(new LabelledRow("r" + i, times[i], new double[] {i}, i % 2 == 0));
    }
    FeatureTable table = new FeatureTable(List.of("x"), "v", rows);

    TimeSplit split = TimeSplit.byFraction(table, 0.4);

    assertThat(split.cutoffMillis()).isEqualTo(3);
    assertThat(split.train().rows())
        .extracting(LabelledRow::eventTimeMillis)
        .containsExactly(1L, 2L);
    assertThat(split.validation().rows())
        .extracting(LabelledRow::eventTimeMillis)
        .containsExactly(3L, 3L, 3L, 5L, 9L);
  }
}
