package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.scoring.movement.LedgerMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

  @Test
  void defaultsSuitALaptop() {
    JobSettings s = JobSettings.defaults();
    assertThat(s.bootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(s.parallelism()).isEqualTo(2);
    assertThat(s.stateBackend()).isEqualTo("rocksdb");
    assertThat(s.transactionTimeout()).isGreaterThan(s.checkpointInterval());
    assertThat(s.local()).isFalse();
  }

  @Test
  void bindsOptionsInBothForms() {
    JobSettings s =
        JobSettings.parse(
            "--local",
            "--parallelism=4",
            "--ledger-mode",
            "single_entry",
            "--state-retention",
            "P30D",
            "--checkpoint-interval",
            "500");
    assertThat(s.local()).isTrue();
    assertThat(s.parallelism()).isEqualTo(4);
    assertThat(s.sourceParallelism()).isEqualTo(4);
    assertThat(s.ledgerMode()).isEqualTo(LedgerMode.SINGLE_ENTRY);
    assertThat(s.stateRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(s.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void rejectsUnknownOptionsAndATransactionTimeoutBelowTheCheckpointInterval() {
    assertThatThrownBy(() -> JobSettings.parse("--paralellism", "2"))
        .hasMessageContaining("unknown option --paralellism");
    assertThatThrownBy(
            () ->
                JobSettings.parse(
                    "--checkpoint-interval", "PT1M", "--transaction-timeout", "PT30S"))
        .hasMessageContaining("transaction-timeout must exceed checkpoint-interval");
  }
}
