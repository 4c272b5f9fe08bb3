package io.finnexus.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real Elasticsearch node, started as a child process from the {@code
 * org.elasticsearch.distribution.integ-test-zip:elasticsearch} Maven artifact on a separate Java
 * 21+ runtime.
 *
 * <p>Why: officers' full-text search and facets need a real search engine; the integ-test
 * distribution is a Maven artifact, so no download beyond Maven Central is needed.
 *
 * <p>Contract: a single-node cluster on 127.0.0.1, HTTP at {@link #connectionString()}, security
 * off, about 256 MB of heap. {@link #start()} returns once the cluster health is at least yellow
 * (all primaries allocated: a single node never allocates replicas, so indices with replicas stay
 * yellow). {@link #ephemeral()} deletes its work directory on close; {@link #persistent(Path)}
 * keeps indices there. The node dies with this JVM (see {@link SearchProcess}). When no Java 21+
 * runtime or no distribution is found, {@link #isAvailable()} is false and {@link
 * #unavailableReason()} says why in one line; tests are then skipped, not failed.
 *
 * <p>This distribution lacks some modules of the default one: no {@code GET /} info endpoint, no
 * Painless scripting, no {@code _delete_by_query}/{@code _reindex}/{@code _update_by_query}, no
 * {@code scaled_float} and no language analyzers (use {@code standard}). Java runtime search order:
 * {@code -Dfinnexus.search.java-home}, {@code ES_JAVA_HOME}, {@code JAVA_HOME}, this JVM, the
 * newest under {@code /usr/lib/jvm}. Start-up waits two minutes for the node, longer on a busy
 * machine with {@code FINNEXUS_SEARCH_STARTUP_TIMEOUT} (ISO-8601, e.g. {@code PT5M}).
 */
public final class EmbeddedSearch implements EmbeddedServer {

  private static final Duration STARTUP_TIMEOUT =
      Duration.parse(
          Optional.ofNullable(System.getenv("FINNEXUS_SEARCH_STARTUP_TIMEOUT")).orElse("PT2M"));
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Optional<Path> persistentDirectory;
  private Path workDirectory;
  private SearchProcess process;
  private int httpPort;
  private int stoppedPort;
  private Thread shutdownHook;

  private EmbeddedSearch(Optional<Path> persistentDirectory) {
    this.persistentDirectory = persistentDirectory;
  }

  /** A node on a throw-away work directory (tests). */
  public static EmbeddedSearch ephemeral() {
    return new EmbeddedSearch(Optional.empty());
  }

  /** A node whose indices live in {@code workDirectory}/data across restarts (the demo). */
  public static EmbeddedSearch persistent(Path workDirectory) {
    return new EmbeddedSearch(Optional.of(workDirectory.toAbsolutePath()));
  }

  /** Whether a node can be started here (distribution, Java 21+ and, as root, unshare found). */
  public static boolean isAvailable() {
    return SearchPrerequisites.problem().isEmpty();
  }

  /** One line saying why {@link #isAvailable()} is false; empty when it is true. */
  public static String unavailableReason() {
    return SearchPrerequisites.problem().orElse("");
  }

  @Override
  public synchronized EmbeddedSearch start() {
    if (process != null) {
      throw new IllegalStateException("Elasticsearch already started");
    }
    SearchPrerequisites.problem()
        .ifPresent(
            reason -> {
              throw new IllegalStateException("Elasticsearch unavailable: " + reason);
            });
    workDirectory =
        persistentDirectory
            .map(Directories::create)
            .orElseGet(() -> Directories.createTemp("finnexus-search"));
    try {
      Path distribution = SearchDistribution.home();
      SearchNodeConfig.write(distribution, workDirectory);
      process =
          SearchProcess.start(distribution, workDirectory, SearchPrerequisites.javaHome().get());
      shutdownHook = new Thread(this::close, "embedded-search-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      httpPort = process.awaitHttpPort(STARTUP_TIMEOUT);
      awaitHealthy();
    } catch (IOException | RuntimeException e) {
      String output = process == null ? "" : "\n" + process.consoleTail();
      close();
      throw new IllegalStateException("Elasticsearch did not start: " + e.getMessage() + output, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while starting Elasticsearch", e);
    }
    return this;
  }

  /**
   * Stops the node process but keeps its data and its port, so that {@link #restartNode()} brings
   * the same node back at the same {@link #connectionString()}: for tests of a search outage. While
   * stopped, {@link #isRunning()} is false and connections to the port are refused.
   */
  public synchronized void stopNode() {
    if (process == null) {
      throw new IllegalStateException("Elasticsearch is not running");
    }
    stoppedPort = httpPort;
    process.stop(STOP_GRACE);
    process = null;
    httpPort = 0;
  }

  /** Starts the node stopped by {@link #stopNode()} again on the same port and data. */
  public synchronized EmbeddedSearch restartNode() {
    if (process != null || stoppedPort == 0) {
      throw new IllegalStateException("restartNode() follows stopNode()");
    }
    try {
      Path distribution = SearchDistribution.home();
      SearchNodeConfig.write(distribution, workDirectory, stoppedPort);
      process =
          SearchProcess.start(distribution, workDirectory, SearchPrerequisites.javaHome().get());
      httpPort = process.awaitHttpPort(STARTUP_TIMEOUT);
      stoppedPort = 0;
      awaitHealthy();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Elasticsearch did not restart: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restarting Elasticsearch", e);
    }
    return this;
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    connectionString() + "/_cluster/health?wait_for_status=yellow&timeout=60s"))
            .timeout(STARTUP_TIMEOUT)
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"timed_out\":true")) {
      throw new IllegalStateException("cluster not healthy: " + response.body());
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return process != null && httpPort > 0;
  }

  @Override
  public synchronized int port() {
    if (!isRunning()) {
      throw new IllegalStateException("Elasticsearch is not running");
    }
    return httpPort;
  }

  /** The HTTP base URL, e.g. {@code http://127.0.0.1:9201}. */
  @Override
  public String connectionString() {
    return "http://127.0.0.1:" + port();
  }

  /** The wrapper, launcher and node processes (for checks that none outlives {@link #close()}). */
  public synchronized List<ProcessHandle> processes() {
    return process == null ? List.of() : process.processTree();
  }

  /** The work directory (config, data, logs); temporary unless persistent. */
  public synchronized Optional<Path> workDirectory() {
    return Optional.ofNullable(workDirectory);
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      process.stop(STOP_GRACE);
      process = null;
      httpPort = 0;
      removeShutdownHook();
    }
    if (workDirectory != null && persistentDirectory.isEmpty() && Files.exists(workDirectory)) {
      Directories.deleteRecursively(workDirectory);
    }
  }

  private void removeShutdownHook() {
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down; the hook runs anyway
      }
    }
    shutdownHook = null;
  }

  @Override
  public String toString() {
    return "EmbeddedSearch[" + (isRunning() ? connectionString() : "stopped") + "]";
  }
}
