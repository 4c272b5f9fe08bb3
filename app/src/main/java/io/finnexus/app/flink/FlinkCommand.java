package io.finnexus.app.flink;

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
 * {@code finnexus flink [--local] [job options]}: runs the Flink AML-monitoring job from its shaded
 * jar as a child process ({@code java -cp aml-flink.jar io.finnexus.flink.AmlMonitoringJob}),
 * sharing this terminal and stopping it (SIGTERM, then kill) when this command stops. With {@code
 * --local} the job runs on an in-process MiniCluster inside that child; every other option ({@code
 * --bootstrap}, {@code --parallelism}, {@code --checkpoint-dir}, …) goes to the job unchanged. A
 * child process because Flink's FRocksDB must never share a JVM with Kafka Streams' RocksDB.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description = "Run the Flink AML-monitoring job (child process); --local for a MiniCluster.")
public final class FlinkCommand implements Callable<Integer> {
  public static final String JOB_MAIN = "io.finnexus.flink.AmlMonitoringJob";

  @Option(names = "--local", description = "Run on an in-process Flink MiniCluster.")
  boolean local;

  @Option(names = "--jar", description = "The aml-flink job jar (default: found, see help).")
  Path jar;

  @Unmatched List<String> jobArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(jobArgs);
    if (local) {
      args.add(0, "--local");
    }
    Path jobJar = Deployables.FLINK.locate(jar);
    return ChildJvm.runInForeground(
        "flink", ChildJvm.mainCommand(jobJar, JOB_MAIN, List.of(), args));
  }
}
