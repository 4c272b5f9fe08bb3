package io.finnexus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.scoring.Typology;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's demo command, run as a user runs it: every server and child JVM comes up, an officer
 * logs in to the API and sees alerts of at least three typologies, AML ones (the Flink job) among
 * them, SIGTERM stops everything cleanly, none of the traffic's personal data is in any log, and a
 * second start on the same data directory serves the same alerts.
 */
class DemoIT {
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ALERT =
      Pattern.compile("\"alertId\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"typology\"\\s*:\\s*\"([^\"]+)\"");
  private static final int SIGTERM_EXIT = 128 + 15;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void the_demo_serves_alerts_stops_cleanly_and_restarts_on_the_same_data() throws Exception {
    Path dataDir = Path.of("target", "demo-it").toAbsolutePath();
    deleteRecursively(dataDir);
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    Map<String, String> seen;

    try (DemoProcess first = DemoProcess.start(dataDir, port, 400, console("first"))) {
      Duration startup = first.awaitReady(Duration.ofMinutes(5));
      System.out.println("DEMO-IT first start (incl. training the first model): " + startup);
      seen = awaitTypologies(base, login(base, "officer"), 3, Duration.ofMinutes(3));
      System.out.println("DEMO-IT typologies in the queue: " + new TreeSet<>(seen.values()));
      assertThat(Set.copyOf(seen.values())).as("typologies in the queue").hasSizeGreaterThan(2);
      assertThat(seen.values())
          .as("AML typologies, i.e. the Flink job's alerts reach the queue")
          .anyMatch(t -> Typology.valueOf(t).family() == Typology.Family.AML);

      long stopping = System.nanoTime();
      int exit = first.terminate(Duration.ofMinutes(2));
      System.out.printf(
          "DEMO-IT stopped with exit %d after %d ms%n",
          exit, (System.nanoTime() - stopping) / 1_000_000);
      assertThat(exit).isIn(0, SIGTERM_EXIT);
      assertThat(first.output()).contains("demo: stopping (data kept in");
      assertThat(first.startedChildren()).as("child JVMs and servers").hasSizeGreaterThan(3);
      assertThat(first.survivors()).as("no child process outlives the demo").isEmpty();
    }
    assertThat(
            PersonalDataScan.leaks(
                PersonalDataScan.generatorsPersonalData(1000, 30),
                dataDir.resolve("logs"),
                console("first")))
        .as("personal data of the generated traffic in the demo's logs")
        .isEmpty();

    try (DemoProcess second = DemoProcess.start(dataDir, port, 400, console("second"))) {
      Duration restart = second.awaitReady(Duration.ofMinutes(3));
      System.out.println("DEMO-IT restart: " + restart);
      String token = login(base, "officer");
      for (String alertId : seen.keySet()) {
        assertThat(get(base + "/alerts/" + alertId, token).statusCode())
            .as("alert %s kept across the restart", alertId)
            .isEqualTo(200);
      }
      assertThat(second.output()).contains("fraud champion").doesNotContain("training the first");
      assertThat(second.terminate(Duration.ofMinutes(2))).isIn(0, SIGTERM_EXIT);
      assertThat(second.survivors()).isEmpty();
    }
  }

  /** Alert id to typology, polled from the review queue until {@code n} typologies appear. */
  private Map<String, String> awaitTypologies(String base, String token, int n, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> alerts = new TreeMap<>();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> page = get(base + "/alerts?limit=200", token);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      Matcher m = ALERT.matcher(page.body());
      while (m.find()) {
        alerts.put(m.group(1), m.group(2));
      }
      if (Set.copyOf(alerts.values()).size() >= n) {
        return alerts;
      }
      Thread.sleep(2_000);
    }
    return alerts;
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String login(String base, String user) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"finnexus-demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Matcher m = TOKEN.matcher(response.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static Path console(String run) {
    return Path.of("target", "demo-it-" + run + ".console.log").toAbsolutePath();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
