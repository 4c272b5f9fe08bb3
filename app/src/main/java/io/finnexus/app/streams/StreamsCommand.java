package io.finnexus.app.streams;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.app.child.Deployables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus streams --bootstrap HOST:PORT}: runs the Kafka Streams fraud-scoring app as a
 * child process ({@code java -jar fraud-streams-exec.jar}), sharing this terminal and stopping it
 * gracefully (SIGTERM) when this command is stopped. A child process because the streams app's
 * RocksDB must never share a JVM with Flink's; see {@link Deployables} for where the jar is found.
 */
@Command(
    name = "streams",
    mixinStandardHelpOptions = true,
    description =
        "Run the Kafka Streams fraud-scoring app (child process) against a Kafka cluster.")
public final class StreamsCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap",
      defaultValue = "127.0.0.1:9092",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
  String bootstrap;

  @Option(
      names = "--jar",
      description = "The fraud-streams runnable jar (default: found, see help).")
  Path jar;

  @Option(
      names = "--metrics-port",
      description = "Port of /metrics and /health of the app (default: the app's, 9464).")
  Integer metricsPort;

  @Override
  public Integer call() throws Exception {
    return ChildJvm.runInForeground("streams", command(Deployables.STREAMS.locate(jar)));
  }

  List<String> command(Path streamsJar) {
    List<String> jvmArgs = new ArrayList<>();
    if (metricsPort != null) {
      jvmArgs.add("-Dfinnexus.streams.metrics-port=" + metricsPort);
    }
    return ChildJvm.jarCommand(streamsJar, jvmArgs, List.of("--bootstrap", bootstrap));
  }
}
