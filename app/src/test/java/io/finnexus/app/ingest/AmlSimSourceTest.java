package io.finnexus.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.finnexus.app.FinNexusCommand;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmlSimSourceTest {
  private static final String FOLDER = "aml/amlsim-20K_cycle200";

  @TempDir Path dir;

  private static Path data() {
    var folder = SharedData.folder(FOLDER);
    assumeTrue(folder.isPresent(), "shared/data/" + FOLDER + " not found above the working dir");
    return folder.get();
  }

  @Test
  void converts_all_117805_transfers_and_keeps_the_945_laundering_accounts() throws Exception {
    AmlSimSource source = new AmlSimSource(data());
    Collected read = Collected.from(source);

    assertThat(read.rejects).isEmpty();
    assertThat(read.rows).hasSize(117_805);
    assertThat(source.launderingAccounts()).hasSize(945);
    List<LabelledTransaction> laundering =
        read.rows.stream().filter(LabelledTransaction::laundering).toList();
    assertThat(laundering).isNotEmpty().allMatch(r -> r.typology() == Typology.CYCLE && !r.fraud());
    Set<String> touched = new HashSet<>();
    laundering.forEach(
        r -> {
          touched.add(r.transaction().getAccountId());
          touched.add(r.transaction().getCounterpartyAccountId());
        });
    assertThat(source.launderingAccounts()).containsAll(touched);
    LabelledTransaction first = read.rows.get(0);
    assertThat(first.transaction().getAccountId()).isEqualTo("A280");
    assertThat(first.transaction().getCounterpartyAccountId()).isEqualTo("A15349");
    assertThat(first.transaction().getChannel()).isEqualTo(Channel.WIRE);
    assertThat(first.transaction().getEventTime()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
  }

  @Test
  void import_command_writes_the_csv_and_the_laundering_accounts_side_file() throws Exception {
    Path out = dir.resolve("amlsim.csv");
    int exit =
        FinNexusCommand.commandLine()
            .execute(
                "import",
                "--format",
                "amlsim",
                "--input",
                data().toString(),
                "--out",
                out.toString());

    assertThat(exit).isZero();
    assertThat(Files.lines(out).count()).isEqualTo(117_806);
    assertThat(Files.readAllLines(dir.resolve("amlsim.csv.accounts.csv"))).hasSize(946);
    assertThat(Collected.from(new GeneratedCsvSource(out)).rejects).isEmpty();
  }
}
