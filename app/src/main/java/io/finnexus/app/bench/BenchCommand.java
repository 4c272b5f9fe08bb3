package io.finnexus.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code finnexus bench …}: benchmarks that print {@code BENCH …} figures. The JMH benchmarks and
 * load harnesses of the other parts live in the {@code bench/} module (see its README section).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print BENCH lines.",
    subcommands = {StreamsBenchCommand.class, FlinkBenchCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing benchmark: streams or flink");
  }
}
