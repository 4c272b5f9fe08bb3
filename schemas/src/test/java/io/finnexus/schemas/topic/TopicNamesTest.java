package io.finnexus.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

  @Test
  void everyTopicNameIsLegalForKafkaAndDistinct() {
    assertThat(TopicNames.ALL)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).matches("[a-zA-Z0-9._-]{1,249}"));
    // Kafka confuses '.' and '_' in metric names: no two topics may differ only by them.
    assertThat(TopicNames.ALL.stream().map(name -> name.replace('.', '_')).distinct())
        .hasSameSizeAs(TopicNames.ALL);
  }

  @Test
  void theDeadLetterTopicIsNamedAfterItsSource() {
    assertThat(TopicNames.TRANSACTIONS_DLQ).isEqualTo(TopicNames.TRANSACTIONS + ".dlq");
    assertThat(TopicNames.DEFAULT_PARTITIONS).isPositive();
  }
}
