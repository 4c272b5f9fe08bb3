package io.finnexus.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Elasticsearch child process, tied to this JVM by a pipe.
 *
 * <p>{@code bin/elasticsearch} runs in the background of a small bash wrapper that reads its stdin
 * until end of file, then stops the node and waits for it. The JVM holds the pipe's write end:
 * {@link #stop(Duration)} closes it, and so does the kernel when this JVM dies for any reason (even
 * {@code kill -9}), so no node outlives the tests that started it. As root the wrapper runs in a
 * user namespace as uid 1000, because Elasticsearch refuses to run as root.
 */
final class SearchProcess {

  private static final String WRAPPER =
      "bash \"$0\" & node=$!; cat >/dev/null; kill $node 2>/dev/null; wait $node";
  private static final Duration POLL = Duration.ofMillis(100);

  private final Process process;
  private final Path workDirectory;

  private SearchProcess(Process process, Path workDirectory) {
    this.process = process;
    this.workDirectory = workDirectory;
  }

  static SearchProcess start(Path distribution, Path workDirectory, Path javaHome)
      throws IOException {
    List<String> command = new ArrayList<>();
    if (Unix.isRoot()) {
      command.addAll(List.of("unshare", "-U", "--map-user=1000", "--map-group=1000"));
    }
    command.addAll(
        List.of("bash", "-c", WRAPPER, distribution.resolve("bin/elasticsearch").toString()));
    Path console = workDirectory.resolve("logs/console.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(console.toFile()));
    builder.environment().putAll(SearchNodeConfig.environment(workDirectory, javaHome));
    return new SearchProcess(builder.start(), workDirectory);
  }

  /** Waits for the node to write its HTTP port; fails early, with its output, if it dies. */
  int awaitHttpPort(Duration timeout) throws IOException, InterruptedException {
    Path portsFile = workDirectory.resolve(SearchNodeConfig.HTTP_PORTS_FILE);
    Instant deadline = Instant.now().plus(timeout);
    while (!Files.isRegularFile(portsFile) || Files.size(portsFile) == 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Elasticsearch exited with code " + process.exitValue() + ":\n" + consoleTail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Elasticsearch did not bind HTTP within " + timeout + ":\n" + consoleTail());
      }
      Thread.sleep(POLL.toMillis());
    }
    String address = Files.readAllLines(portsFile).get(0).trim();
    return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
  }

  /** The wrapper process and, while it runs, the launcher and node JVMs below it. */
  List<ProcessHandle> processTree() {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(process.toHandle());
    process.descendants().forEach(tree::add);
    return tree;
  }

  /**
   * Closes the pipe (the wrapper then stops the node gracefully), waits up to {@code grace}, then
   * kills whatever is left of the tree.
   */
  void stop(Duration grace) {
    List<ProcessHandle> tree = processTree();
    try {
      process.getOutputStream().close();
      process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IOException e) {
      // the pipe is already closed: the wrapper is stopping the node
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    tree.forEach(
        handle ->
            handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> handle).join());
  }

  String consoleTail() {
    try {
      List<String> lines =
          new String(
                  Files.readAllBytes(workDirectory.resolve("logs/console.log")),
                  StandardCharsets.UTF_8)
              .lines()
              .toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
