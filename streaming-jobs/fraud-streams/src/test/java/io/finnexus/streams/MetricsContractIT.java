package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.topic.TopicNames;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric that deploy/metrics-contract.txt promises for {@code fraud-streams} (the alert rules
 * and dashboards read them) is in the running app's {@code /metrics} scrape.
 */
class MetricsContractIT {
  private static final Path CONTRACT = Path.of("../../deploy/metrics-contract.txt");

  @TempDir Path stateDir;

  @Test
  void everyContractMetricOfTheStreamsAppIsScraped() throws Exception {
    List<String> promised = promised("fraud-streams");
    assertThat(promised).isNotEmpty();
    int port = freePort();
    try (EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start();
        KafkaTestClient client = new KafkaTestClient(kafka.bootstrapServers())) {
      kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
      try (ChildApp app =
          ChildApp.start(
              FraudStreamsApp.class.getName(),
              kafka.bootstrapServers(),
              stateDir,
              stateDir.resolve("app.log"),
              port)) {
        TestTransactions gen = new TestTransactions(21, 50);
        for (int i = 0; i < 200; i++) {
          Transaction t = gen.next();
          client.send(
              TopicNames.TRANSACTIONS,
              t.getAccountId().getBytes(StandardCharsets.UTF_8),
              TestTransactions.encode(t));
        }
        client.send(
            TopicNames.TRANSACTIONS, "bad".getBytes(StandardCharsets.UTF_8), new byte[] {7});
        client.flush();
        client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, 201, Duration.ofMinutes(2));

        String scrape = scrapeUntil(port, promised, Duration.ofSeconds(60));
        assertThat(
                promised.stream()
                    .filter(name -> !scrape.contains(name + "{") && !scrape.contains(name + " ")))
            .as("contract metrics missing from the fraud-streams scrape")
            .isEmpty();
        assertThat(app.stop()).as("graceful stop on SIGTERM").isIn(0, 128 + 15);
      }
    }
  }

  private static String scrapeUntil(int port, List<String> names, Duration timeout)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String current = body;
      if (names.stream().allMatch(n -> current.contains(n + "{") || current.contains(n + " "))) {
        return body;
      }
      Thread.sleep(1_000);
    }
    return body;
  }

  static List<String> promised(String service) throws Exception {
    return Files.readAllLines(CONTRACT).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s+"))
        .filter(parts -> parts.length >= 2 && parts[1].equals(service))
        .map(parts -> parts[0])
        .toList();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
