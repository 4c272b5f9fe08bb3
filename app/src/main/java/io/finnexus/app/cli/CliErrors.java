package io.finnexus.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps failures to the command's exit codes: a user error (bad option, missing file, {@link
 * UserInputException}) prints one line and exits {@value #USAGE}; anything else is a bug and exits
 * {@value #INTERNAL} with its stack trace.
 */
public final class CliErrors {
  public static final int OK = 0;
  public static final int USAGE = 1;
  public static final int INTERNAL = 2;

  private CliErrors() {}

  /** Installs the exit-code policy on {@code cli} and returns it. */
  public static CommandLine install(CommandLine cli) {
    cli.setParameterExceptionHandler(CliErrors::onBadParameters);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> onFailure(ex, commandLine.getErr()));
    return cli;
  }

  private static int onBadParameters(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println("finnexus: " + ex.getMessage());
    err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return USAGE;
  }

  private static int onFailure(Exception ex, PrintWriter err) {
    if (ex instanceof UserInputException) {
      err.println("finnexus: " + ex.getMessage());
      err.flush();
      return USAGE;
    }
    if (ex instanceof OperationFailedException) {
      err.println("finnexus: " + ex.getMessage());
      err.flush();
      return INTERNAL;
    }
    err.println("finnexus: internal error: " + ex);
    ex.printStackTrace(err);
    err.flush();
    return INTERNAL;
  }
}
