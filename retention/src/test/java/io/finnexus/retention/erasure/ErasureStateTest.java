package io.finnexus.retention.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErasureStateTest {

  @Test
  void nothing_is_executed_before_verification_nor_confirmed_before_execution() {
    assertThat(ErasureState.EXECUTED.allowedFrom()).doesNotContain(ErasureState.RECEIVED);
    assertThat(ErasureState.DEFERRED.allowedFrom()).doesNotContain(ErasureState.RECEIVED);
    assertThat(ErasureState.CONFIRMED.allowedFrom()).containsExactly(ErasureState.EXECUTED);
    assertThat(ErasureState.EXECUTED.allowedFrom()).contains(ErasureState.DEFERRED);
  }

  @Test
  void outcomes_survive_storage_even_with_tabs_and_newlines_in_text() {
    var outcomes =
        java.util.List.of(
            new ErasureOutcome("crypto-shred", "postgresql:subject_key", 1, "key\tdestroyed\n"),
            new ErasureOutcome("rows", "postgresql:t", 42, "deleted"));

    assertThat(ErasureOutcome.decode(ErasureOutcome.encode(outcomes)))
        .extracting(ErasureOutcome::target, ErasureOutcome::erased)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("crypto-shred", 1L),
            org.assertj.core.groups.Tuple.tuple("rows", 42L));
  }

  @Test
  void a_deadline_survives_storage_and_outcomes_stored_without_one_still_read() {
    var late =
        new ErasureOutcome(
            "kafka-tombstones",
            "kafka:alerts",
            3,
            "tombstones",
            Instant.parse("2026-06-02T09:00:00Z"));

    assertThat(ErasureOutcome.decode(ErasureOutcome.encode(java.util.List.of(late))))
        .containsExactly(late);
    assertThat(ErasureOutcome.decode("rows\tpostgresql:t\t42\tdeleted\n"))
        .containsExactly(new ErasureOutcome("rows", "postgresql:t", 42, "deleted", null));
  }
}
