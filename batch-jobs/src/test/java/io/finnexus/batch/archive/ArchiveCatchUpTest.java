package io.finnexus.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveCatchUpTest {

  @Test
  void remainingCountsOnlyWhatWasProducedBeforeTheTargetAndIsNotArchived() {
    Map<String, Long> target = Map.of("t-0", 10L, "t-1", 5L, "t-2", 0L);

    assertThat(ArchiveCatchUp.remaining(target, Map.of())).isEqualTo(15);
    assertThat(ArchiveCatchUp.remaining(target, Map.of("t-0", 7L, "t-1", 5L))).isEqualTo(3);
    assertThat(ArchiveCatchUp.remaining(target, Map.of("t-0", 12L, "t-1", 9L, "t-3", 4L)))
        .as("records produced after the target do not count, nor other partitions")
        .isZero();
  }
}
