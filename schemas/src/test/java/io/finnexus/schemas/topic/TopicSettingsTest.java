package io.finnexus.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicSettingsTest {

  @Test
  void personalDataTopicsKeyedPerRecordAreCompactedWithinTheErasureBoundAndStillAgeOut() {
    TopicSettings settings = TopicSettings.defaults();
    for (String topic : new String[] {TopicNames.SCORED_TRANSACTIONS, TopicNames.ALERTS}) {
      assertThat(settings.configOf(topic))
          .containsEntry("cleanup.policy", "compact,delete")
          .containsEntry("retention.ms", "604800000")
          .containsEntry("max.compaction.lag.ms", "86400000")
          .containsEntry("min.compaction.lag.ms", "3600000");
    }
  }

  @Test
  void deadLettersAndLateEventsAreErasedByAgeNeverCompacted() {
    TopicSettings settings = TopicSettings.defaults();
    for (String topic : new String[] {TopicNames.TRANSACTIONS_DLQ, TopicNames.TRANSACTIONS_LATE}) {
      assertThat(settings.configOf(topic))
          .containsEntry("cleanup.policy", "delete")
          .containsEntry("retention.ms", "604800000")
          .containsEntry("segment.ms", "86400000")
          .doesNotContainKey("max.compaction.lag.ms");
    }
  }

  @Test
  void topicsFinNexusDoesNotOwnOrThatHoldNoPersonalDataAreLeftAlone() {
    assertThat(TopicSettings.defaults().configOf(TopicNames.TRANSACTIONS)).isEmpty();
    assertThat(TopicSettings.defaults().configOf(TopicNames.MODEL_EVENTS)).isEmpty();
  }

  @Test
  void inconsistentBoundsAreRefusedWithTheReason() {
    assertThatThrownBy(
            () -> new TopicSettings(Duration.ofDays(7), Duration.ofHours(1), Duration.ofHours(2)))
        .hasMessageContaining("min compaction lag PT2H must be between 0 and the erasure bound");
    assertThatThrownBy(
            () -> new TopicSettings(Duration.ofHours(1), Duration.ofDays(1), Duration.ZERO))
        .hasMessageContaining("must not be shorter than the erasure bound");
    assertThatThrownBy(() -> new TopicSettings(Duration.ofDays(7), Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("must be positive");
  }
}
