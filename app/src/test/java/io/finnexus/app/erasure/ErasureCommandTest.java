package io.finnexus.app.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.app.cli.CliErrors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure CLI's promises without an API: its one-line output, and one-line errors with the exit
 * codes of {@link CliErrors} (missing key: 1; API unreachable: 2). The calls themselves run against
 * the real API in the api module's ErasureEndToEndIT (same endpoints).
 */
class ErasureCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    ErasureCommand command = new ErasureCommand();
    command.environment = env::get;
    CommandLine cli = CliErrors.install(new CommandLine(command));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aRequestIsOneLineWithStateReasonAndWhatWasErasedWhere() {
    var json = JsonMapper.builder().build();
    assertThat(
            ErasureCommand.line(
                json.readTree(
                    "{\"id\":\"7f\",\"state\":\"DEFERRED\",\"deferredUntil\":\"2031-01-01\","
                        + "\"reason\":\"AML record keeping until 2031-01-01\",\"outcomes\":[]}")))
        .isEqualTo(
            "ERASURE id=7f state=DEFERRED deferred-until=2031-01-01"
                + " reason=\"AML record keeping until 2031-01-01\"");
    assertThat(
            ErasureCommand.line(
                json.readTree(
                    "{\"id\":\"8a\",\"state\":\"CONFIRMED\",\"reason\":null,\"outcomes\":["
                        + "{\"target\":\"search-index\",\"erased\":3},"
                        + "{\"target\":\"crypto-shred\",\"erased\":1}]}")))
        .isEqualTo("ERASURE id=8a state=CONFIRMED erased=search-index:3,crypto-shred:1");
  }

  @Test
  void withoutAnApiKeyItIsAUserErrorOnOneLine() {
    assertThat(run(Map.of(), "status", "7f")).isEqualTo(CliErrors.USAGE);
    assertThat(err.toString().strip())
        .startsWith("finnexus: FINNEXUS_API_KEY is not set")
        .doesNotContain("\n", "\tat ");
  }

  @Test
  void anUnreachableApiIsAnOperationFailureOnOneLine() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    int exit =
        run(
            Map.of("FINNEXUS_API_KEY", "fnx_test"),
            "execute",
            "--api",
            "http://127.0.0.1:" + closedPort,
            "7f");
    assertThat(exit).isEqualTo(CliErrors.INTERNAL);
    assertThat(err.toString().strip())
        .startsWith("finnexus: API at http://127.0.0.1:" + closedPort + "/ unreachable")
        .doesNotContain("\n", "\tat ");
  }

  @Test
  void withoutASubcommandItPrintsUsageAndExits1() {
    assertThat(run(Map.of())).isEqualTo(1);
    assertThat(err.toString()).contains("request", "verify", "execute", "confirm", "hold");
  }
}
