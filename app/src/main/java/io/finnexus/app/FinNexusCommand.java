package io.finnexus.app;

import io.finnexus.app.batch.BatchCommand;
import io.finnexus.app.batch.RestoreCommand;
import io.finnexus.app.bench.BenchCommand;
import io.finnexus.app.cli.CliErrors;
import io.finnexus.app.demo.DemoCommand;
import io.finnexus.app.erasure.ErasureCommand;
import io.finnexus.app.evaluate.EvaluateCommand;
import io.finnexus.app.feedback.FeedbackCommand;
import io.finnexus.app.flink.FlinkCommand;
import io.finnexus.app.generate.GenerateCommand;
import io.finnexus.app.ingest.ImportCommand;
import io.finnexus.app.model.ModelEvalCommand;
import io.finnexus.app.model.TrainCommand;
import io.finnexus.app.screen.ScreenCommand;
import io.finnexus.app.statement.StatementCommand;
import io.finnexus.app.streams.StreamsCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code finnexus} command: one entry point for every tool of the project. Each subcommand is a
 * picocli {@code @Command} class in its own feature package, registered by one line in {@link
 * #SUBCOMMANDS}.
 *
 * <p>Exit codes: {@value CliErrors#OK} ok, {@value CliErrors#USAGE} bad input or usage (one line on
 * stderr), {@value CliErrors#INTERNAL} internal error.
 */
@Command(
    name = "finnexus",
    mixinStandardHelpOptions = true,
    version = "finnexus 0.1.0",
    description = "FinNexus compliance engine: generate, import, score and evaluate transactions.",
    subcommands = {CommandLine.HelpCommand.class})
public final class FinNexusCommand implements Runnable {

  /** Every subcommand, in the order {@code --help} lists them. Add a new one here. */
  public static final List<Class<?>> SUBCOMMANDS =
      List.of(
          DemoCommand.class,
          GenerateCommand.class,
          ImportCommand.class,
          EvaluateCommand.class,
          TrainCommand.class,
          ModelEvalCommand.class,
          FeedbackCommand.class,
          ScreenCommand.class,
          StatementCommand.class,
          StreamsCommand.class,
          FlinkCommand.class,
          BatchCommand.class,
          RestoreCommand.class,
          ErasureCommand.class,
          BenchCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** The configured command line, also used by tests to run the command in process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new FinNexusCommand());
    SUBCOMMANDS.forEach(cli::addSubcommand);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return CliErrors.install(cli);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
