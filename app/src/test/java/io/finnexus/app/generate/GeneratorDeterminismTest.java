package io.finnexus.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.FinNexusCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {
  @TempDir Path dir;

  @Test
  void same_seed_writes_byte_identical_files_and_another_seed_does_not() throws Exception {
    String first = generate("a.csv", 7);
    String again = generate("b.csv", 7);
    String other = generate("c.csv", 8);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  private String generate(String name, long seed) throws Exception {
    Path out = dir.resolve(name);
    int exit =
        FinNexusCommand.commandLine()
            .execute(
                "generate",
                "--accounts",
                "300",
                "--days",
                "20",
                "--seed",
                "" + seed,
                "--out",
                out.toString());
    assertThat(exit).isZero();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
    return HexFormat.of().formatHex(digest);
  }
}
