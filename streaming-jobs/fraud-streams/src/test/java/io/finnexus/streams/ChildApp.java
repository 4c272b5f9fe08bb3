package io.finnexus.streams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app in a child JVM (the test's classpath, main class {@link FraudStreamsApp}), so a test can
 * kill it like a crashed pod: {@link #kill()} is SIGKILL, no shutdown hook runs, the open
 * transaction is left dangling.
 */
final class ChildApp implements AutoCloseable {

  private final Process process;

  private ChildApp(Process process) {
    this.process = process;
  }

  static ChildApp start(String mainClass, String bootstrap, Path stateDir, Path log)
      throws IOException {
    return start(mainClass, bootstrap, stateDir, log, -1);
  }

  /**
   * As {@link #start(String, String, Path, Path)}, with {@code /metrics} on {@code metricsPort}.
   */
  static ChildApp start(
      String mainClass, String bootstrap, Path stateDir, Path log, int metricsPort)
      throws IOException {
    return start(mainClass, bootstrap, stateDir, log, metricsPort, List.of());
  }

  /** As above, with more JVM options (such as {@code -Dfinnexus.db.url=...}). */
  static ChildApp start(
      String mainClass,
      String bootstrap,
      Path stateDir,
      Path log,
      int metricsPort,
      List<String> jvmOptions)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dfinnexus.streams.state-dir=" + stateDir);
    command.add("-Dfinnexus.streams.metrics-port=" + metricsPort);
    command.add("-Dfinnexus.streams.threads=2");
    // a killed member leaves the group after 6 s instead of 45 s, keeping the IT short
    command.add("-Dfinnexus.streams.kafka.consumer.session.timeout.ms=6000");
    command.add("-Dfinnexus.streams.kafka.consumer.heartbeat.interval.ms=1000");
    command.addAll(jvmOptions);
    command.addAll(List.of(mainClass, "--bootstrap", bootstrap));
    return new ChildApp(
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no commit, no transaction abort. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then the exit code of the graceful shutdown. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
