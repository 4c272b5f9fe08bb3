package io.finnexus.app.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A deployable run as a child JVM. Closing sends SIGTERM, waits for a graceful exit and only then
 * kills; a shutdown hook of the parent closes it too, so Ctrl-C leaves no orphan.
 */
public final class ChildJvm implements AutoCloseable {
  private static final long GRACE_SECONDS = 30;

  private final String name;
  private final Process process;
  private final Thread stopOnExit;

  private ChildJvm(String name, Process process) {
    this.name = name;
    this.process = process;
    this.stopOnExit = new Thread(this::stop, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** {@code java [jvmArgs] -jar jar [args]}: for jars with a Main-Class. */
  public static List<String> jarCommand(Path jar, List<String> jvmArgs, List<String> args) {
    List<String> command = javaWith(jvmArgs);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(args);
    return command;
  }

  /** {@code java [jvmArgs] -cp jar mainClass [args]}. */
  public static List<String> mainCommand(
      Path jar, String mainClass, List<String> jvmArgs, List<String> args) {
    List<String> command = javaWith(jvmArgs);
    command.addAll(List.of("-cp", jar.toString(), mainClass));
    command.addAll(args);
    return command;
  }

  private static List<String> javaWith(List<String> jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    return command;
  }

  /**
   * Starts {@code command} with {@code environment} added to this process's and its output appended
   * to {@code log}. Secrets go in the environment, never on the command line ({@code ps} shows it).
   */
  public static ChildJvm startLogged(
      String name, List<String> command, Map<String, String> environment, Path log)
      throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if ("ecs".equals(builder.environment().get("FINNEXUS_LOG_FORMAT"))) {
      // the API logs through Spring Boot, whose switch for the same format this is
      builder.environment().putIfAbsent("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    }
    builder.environment().putAll(environment);
    return new ChildJvm(name, builder.start());
  }

  /** Runs {@code command} in the foreground, sharing this terminal; returns its exit code. */
  public static int runInForeground(String name, List<String> command)
      throws IOException, InterruptedException {
    try (ChildJvm child = new ChildJvm(name, new ProcessBuilder(command).inheritIO().start())) {
      return child.process.waitFor();
    }
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it is what stopped the child
    }
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
