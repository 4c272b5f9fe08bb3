package io.finnexus.app.bench;

import io.finnexus.app.child.ChildJvm;
import io.finnexus.app.child.Deployables;
import io.finnexus.bench.FlinkLoadHarness;
import io.finnexus.bench.LoadProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code finnexus bench flink --tx N}: the Flink job's throughput benchmark on a MiniCluster, in a
 * child JVM (last line {@code BENCH flink throughput_tx_s=X checkpoint_ms=Y}). With {@code
 * --profile stress|spike} the job runs against the embedded broker under the shaped load of {@code
 * bench streams} instead ({@link FlinkLoadHarness}): {@code BENCH flink stress|spike ...} lines,
 * then {@code BENCH flink shaped ...}.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description = "Benchmark the Flink AML job on a MiniCluster (child process).")
public final class FlinkBenchCommand implements Callable<Integer> {
  static final String BENCH_MAIN = "io.finnexus.flink.bench.FlinkBenchmark";

  @Option(names = "--tx", defaultValue = "1000000", description = "Transactions (default 1M).")
  long tx;

  @Option(
      names = "--rate",
      defaultValue = "0",
      description = "Base rate of a stress or spike run, tx/s (0 = 1000); steady is unthrottled.")
  long rate;

  @Option(names = "--jar", description = "The aml-flink job jar (default: found).")
  Path jar;

  @Mixin LoadShapeOptions shape;

  @Unmatched List<String> benchArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    LoadProfile profile = shape.profile();
    Path jobJar = Deployables.FLINK.locate(jar);
    if (profile != LoadProfile.STEADY) {
      List<String> args =
          new ArrayList<>(List.of("--rate", Long.toString(rate), "--jar", jobJar.toString()));
      args.addAll(shape.arguments());
      args.addAll(benchArgs);
      FlinkLoadHarness.main(args.toArray(String[]::new));
      return 0;
    }
    List<String> args = new ArrayList<>(List.of("--tx", Long.toString(tx)));
    args.addAll(benchArgs);
    return ChildJvm.runInForeground(
        "bench-flink", ChildJvm.mainCommand(jobJar, BENCH_MAIN, List.of(), args));
  }
}
