package io.finnexus.batch.jobs.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerLocationTest {
  @TempDir Path inbox;
  @TempDir Path elsewhere;

  @Test
  void a_file_in_the_ledger_folder_is_taken_by_relative_or_absolute_name() throws Exception {
    Path ledger = Files.writeString(inbox.resolve("2026-11-28.csv"), "x");
    assertThat(LedgerLocation.resolve("2026-11-28.csv", inbox.toString())).isEqualTo(ledger);
    assertThat(LedgerLocation.resolve(ledger.toString(), inbox.toString())).isEqualTo(ledger);
  }

  @Test
  void paths_that_leave_the_ledger_folder_are_refused() throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "x");
    Files.createSymbolicLink(inbox.resolve("link.csv"), secret);
    for (String escape :
        new String[] {
          "../secret.txt", secret.toString(), "/etc/passwd", "sub/../../x", "link.csv"
        }) {
      assertThatThrownBy(() -> LedgerLocation.resolve(escape, inbox.toString()))
          .as(escape)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ledger folder");
    }
  }

  @Test
  void without_a_ledger_folder_any_path_is_taken_as_given() {
    assertThat(LedgerLocation.resolve("/data/ledger.csv", ""))
        .isEqualTo(Path.of("/data/ledger.csv"));
  }
}
