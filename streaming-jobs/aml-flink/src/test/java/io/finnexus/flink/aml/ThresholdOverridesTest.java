package io.finnexus.flink.aml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.scoring.aml.AmlThresholds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThresholdOverridesTest {
  final AmlThresholds base = AmlThresholds.defaults();

  @Test
  void overridesOnlyTheNamedThresholds() {
    AmlThresholds t =
        ThresholdOverrides.apply(
            base, "structuringMinDeposits=4\nrapidWindow=PT48H\nblackList=KP, ir\n");
    assertThat(t.structuringMinDeposits()).isEqualTo(4);
    assertThat(t.rapidWindow()).isEqualTo(Duration.ofHours(48));
    assertThat(t.blackList()).containsExactlyInAnyOrder("KP", "IR");
    assertThat(t.fanWindow()).isEqualTo(base.fanWindow());
    assertThat(t.cycle()).isEqualTo(base.cycle());
  }

  @Test
  void overridesTheRepeatedTransferThresholds() {
    AmlThresholds t =
        ThresholdOverrides.apply(base, "repeatedMinTransfers=4\nrepeatedWindow=PT12H\n");
    assertThat(t.repeatedMinTransfers()).isEqualTo(4);
    assertThat(t.repeatedWindow()).isEqualTo(Duration.ofHours(12));
    assertThat(t.reactivationWindow()).isEqualTo(base.reactivationWindow());
  }

  @Test
  void rejectsUnknownNamesAndBadValues() {
    assertThatThrownBy(() -> ThresholdOverrides.apply(base, "maxHops=3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown threshold maxHops");
    assertThatThrownBy(() -> ThresholdOverrides.apply(base, "fanWindow=five days"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
