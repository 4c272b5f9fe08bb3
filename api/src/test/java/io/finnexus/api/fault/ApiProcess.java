package io.finnexus.api.fault;

import io.finnexus.api.ApiClient;
import io.finnexus.embedded.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An API instance as a child JVM running the packaged service ({@code target/finnexus-api-exec.jar}
 * of {@code mvn package}), so that a test can kill it as the kernel would (SIGKILL): no shutdown
 * hook, no connection closed politely. Its log stays in {@code target/} for a post-mortem.
 */
final class ApiProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "finnexus-api-exec.jar");

  private final Process process;
  private final int port;
  private final Path log;

  private ApiProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Launches the service with {@code args}; {@link #awaitReady} waits until it answers. */
  static ApiProcess launch(List<String> args, Path log) throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
    }
    int port = FreePorts.pick();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(JAR.toString());
    args.stream().filter(a -> !a.startsWith("--server.port=")).forEach(command::add);
    command.add("--server.port=" + port);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ApiProcess(process, port, log);
  }

  /** Waits until the service is live, or fails if it exited or took longer than {@code timeout}. */
  ApiProcess awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the API process exited; see " + log.toAbsolutePath());
      }
      try {
        var r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health/liveness")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the API process was not ready in " + timeout);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  ApiClient as(String username) {
    return new ApiClient(base()).login(username, "finnexus-demo");
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
