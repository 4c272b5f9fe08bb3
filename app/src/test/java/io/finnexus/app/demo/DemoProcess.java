package io.finnexus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/finnexus.jar demo …} as a user starts it. Its console goes to a file,
 * read whole on each look (no pipe, so nothing printed just before exit can be lost).
 */
final class DemoProcess implements AutoCloseable {
  private final Process process;
  private final Path console;
  private List<ProcessHandle> started = List.of();

  private DemoProcess(Process process, Path console) {
    this.process = process;
    this.console = console;
  }

  static DemoProcess start(Path dataDir, int apiPort, int rate, Path console) throws IOException {
    Files.deleteIfExists(console);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "finnexus.jar").toString(),
                "demo",
                "--data-dir",
                dataDir.toString(),
                "--api-port",
                Integer.toString(apiPort),
                "--rate",
                Integer.toString(rate))
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    return new DemoProcess(process, console);
  }

  /** Waits for the ready banner; returns how long it took. */
  Duration awaitReady(Duration timeout) throws InterruptedException {
    long began = System.nanoTime();
    while (System.nanoTime() - began < timeout.toNanos()) {
      if (output().contains("FinNexus is running.")) {
        started = process.descendants().toList();
        return Duration.ofNanos(System.nanoTime() - began);
      }
      assertThat(process.isAlive()).as("demo died:\n" + output()).isTrue();
      Thread.sleep(250);
    }
    throw new AssertionError("not ready within " + timeout + ":\n" + output());
  }

  /** Sends SIGTERM (what Ctrl-C or an init system does) and waits for the exit code. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .as("the demo stops within " + timeout + ":\n" + output())
        .isTrue();
    return process.exitValue();
  }

  /** The child JVMs and servers seen at readiness that are still running. */
  List<ProcessHandle> survivors() {
    return started.stream().filter(ProcessHandle::isAlive).toList();
  }

  List<ProcessHandle> startedChildren() {
    return started;
  }

  String output() {
    try {
      return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    started.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
