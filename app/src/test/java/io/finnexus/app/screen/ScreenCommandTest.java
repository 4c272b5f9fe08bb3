package io.finnexus.app.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.cli.CliErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScreenCommandTest {

  @TempDir Path lists;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) throws IOException {
    Files.write(
        lists.resolve("sdn.csv"),
        ("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\""
                + ",-0- ".repeat(8)
                + "\r\n"
                + "7,\"SMITH, John \"\"The Fox\"\"\",\"individual\",\"SDGT\""
                + ",-0- ".repeat(8)
                + "\r\n\u001a")
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(lists.resolve("alt.csv"), "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
    return CliErrors.install(new CommandLine(new ScreenCommand()))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Test
  void printsMatchesThenTheScreenLineLast() throws IOException {
    int exit = run("--name", "Aero Caribbean", "--lists", lists.toString());

    assertThat(exit).isZero();
    assertThat(outLines().get(0))
        .contains("OFAC:36")
        .contains("AERO-CARIBBEAN")
        .contains("alias of");
    assertThat(outLines().get(outLines().size() - 1))
        .isEqualTo("SCREEN best_score=1.0000 entry=OFAC:36 name=\"AERO-CARIBBEAN\"");
    assertThat(err.toString()).contains("loaded 2 entries");
  }

  @Test
  void noHitIsRenderedAsZeroAndNone() throws IOException {
    run("--name", "Maria Garcia", "--lists", lists.toString());

    assertThat(outLines()).containsExactly("SCREEN best_score=0 entry=none name=\"\"");
  }

  @Test
  void aFileIsScreenedLineByLineInInputOrderWithQuotesEscaped() throws IOException {
    Path names = lists.resolve("names.txt");
    Files.writeString(names, "\uFEFFJohn Smith\n\nnobody at all\nAEROCARIBBEAN AIRLINES\n");

    run("--file", names.toString(), "--lists", lists.toString(), "--threshold", "0.8");

    assertThat(outLines().stream().filter(l -> l.startsWith("SCREEN")))
        .containsExactly(
            "SCREEN best_score=0.9200 entry=OFAC:7 name=\"SMITH, John \\\"The Fox\\\"\"",
            "SCREEN best_score=0 entry=none name=\"\"",
            "SCREEN best_score=1.0000 entry=OFAC:36 name=\"AEROCARIBBEAN AIRLINES\"");
  }

  @Test
  void badInputIsRejectedWithExitCodeOne() throws IOException {
    assertThat(run("--name", "x", "--lists", lists.resolve("missing").toString())).isEqualTo(1);
    assertThat(run("--name", "x", "--lists", lists.toString(), "--threshold", "1.5")).isEqualTo(1);
    assertThat(run("--file", lists.resolve("nope.txt").toString(), "--lists", lists.toString()))
        .isEqualTo(1);
    assertThat(run("--lists", lists.toString())).isEqualTo(1);
  }
}
