package io.finnexus.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.FinNexusCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench flink} takes the load shapes of {@code bench streams}, and refuses unknown ones. */
class FlinkBenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = FinNexusCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void theHelpOffersTheSameLoadShapesAsBenchStreams() {
    assertThat(run("bench", "flink", "--help")).isZero();
    assertThat(out.toString())
        .contains("--profile", "spike", "--spike-s", "--target-p99-ms", "--rate");
  }

  @Test
  void anUnknownProfileIsAUserErrorNamingTheChoices() {
    assertThat(run("bench", "flink", "--profile", "sideways")).isEqualTo(1);
    assertThat(err.toString())
        .contains("--profile must be steady, stress or spike")
        .doesNotContain("\tat ");
  }
}
