package io.finnexus.app.bench;

import io.finnexus.app.child.Deployables;
import io.finnexus.bench.StreamsLoadHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code finnexus bench streams --tx N --rate R}: the fraud-scoring app's load harness (embedded
 * broker, the app as a child JVM, end-to-end latency to a read_committed consumer). Last line:
 * {@code BENCH streams throughput_tx_s=X p50_ms=A p99_ms=B p999_ms=C}; {@code --profile
 * stress|spike} adds {@code BENCH streams stress|spike ...} lines before it.
 */
@Command(
    name = "streams",
    mixinStandardHelpOptions = true,
    description = "Load-test the Kafka Streams fraud app on an embedded broker.")
public final class StreamsBenchCommand implements Callable<Integer> {

  @Option(names = "--tx", defaultValue = "100000", description = "Transactions (default 100k).")
  long tx;

  @Option(
      names = "--rate",
      defaultValue = "0",
      description = "Offered transactions per second; 0 = as fast as possible (default).")
  long rate;

  @Option(names = "--accounts", defaultValue = "10000", description = "Default: ${DEFAULT-VALUE}.")
  int accounts;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Stream threads of the app (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--jar", description = "The fraud-streams runnable jar (default: found).")
  Path jar;

  @Mixin LoadShapeOptions shape;

  @Override
  public Integer call() throws Exception {
    shape.profile(); // an unknown shape is a usage error before anything starts
    Path streamsJar = Deployables.STREAMS.locate(jar);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--tx", Long.toString(tx),
                "--rate", Long.toString(rate),
                "--accounts", Integer.toString(accounts),
                "--threads", Integer.toString(threads),
                "--jar", streamsJar.toString()));
    args.addAll(shape.arguments());
    StreamsLoadHarness.main(args.toArray(String[]::new));
    return 0;
  }
}
