package io.finnexus.app.bench;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.app.child.Deployables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code finnexus bench flink --tx N}: the Flink job's benchmark on a MiniCluster, in a child JVM.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description = "Benchmark the Flink AML job on a MiniCluster (child process).")
public final class FlinkBenchCommand implements Callable<Integer> {
  static final String BENCH_MAIN = "io.finnexus.flink.bench.FlinkBenchmark";

  @Option(names = "--tx", defaultValue = "1000000", description = "Transactions (default 1M).")
  long tx;

  @Option(names = "--jar", description = "The aml-flink job jar (default: found).")
  Path jar;

  @Unmatched List<String> benchArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--tx", Long.toString(tx)));
    args.addAll(benchArgs);
    Path jobJar = Deployables.FLINK.locate(jar);
    return ChildJvm.runInForeground(
        "bench-flink", ChildJvm.mainCommand(jobJar, BENCH_MAIN, List.of(), args));
  }
}
