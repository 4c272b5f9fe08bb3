package io.finnexus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FinNexusCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = FinNexusCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void help_lists_every_subcommand_and_exits_0() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("generate", "import");
  }

  @Test
  void usage_errors_exit_1_with_one_message_line_and_no_stack_trace() {
    assertThat(run()).isEqualTo(1);
    assertThat(run("generate", "--accounts", "ten", "--out", "x.csv")).isEqualTo(1);
    assertThat(run("generate", "--out", "a.csv", "--kafka", "localhost:9092")).isEqualTo(1);
    assertThat(run("import", "--format", "excel", "--input", "a", "--out", "b")).isEqualTo(1);
    assertThat(err.toString()).startsWith("finnexus: ").doesNotContain("\tat ", "Exception");
  }

  @Test
  void a_missing_input_file_is_a_user_error() {
    int exit =
        run(
            "import",
            "--format",
            "generated",
            "--input",
            dir.resolve("nope.csv").toString(),
            "--out",
            dir.resolve("out.csv").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).endsWith("nope.csv: no such file").doesNotContain("\tat ");
  }

  @Test
  void a_file_of_the_wrong_format_is_a_user_error_naming_the_expected_header() {
    Path fixture = Path.of("src/test/resources/ingest/amlworld-sample.csv").toAbsolutePath();
    int exit =
        run(
            "import",
            "--format",
            "generated",
            "--input",
            fixture.toString(),
            "--out",
            dir.resolve("out.csv").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("not a finnexus generated CSV");
  }
}
