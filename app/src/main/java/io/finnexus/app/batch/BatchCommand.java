package io.finnexus.app.batch;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code finnexus batch}: the nightly controls run by hand. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Nightly controls: run a Spring Batch job by hand.",
    subcommands = {BatchRunCommand.class})
public final class BatchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 1;
  }
}
