package io.finnexus.flink.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void aLoadShapeIsRefusedWithTheReasonInsteadOfRunningUnthrottled() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--profile", "spike"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finnexus bench flink");
    assertThat(BenchOptions.parse(new String[] {"--profile", "steady", "--tx", "5"}).tx())
        .isEqualTo(5);
  }
}
