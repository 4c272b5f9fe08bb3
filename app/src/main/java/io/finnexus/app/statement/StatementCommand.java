package io.finnexus.app.statement;

import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementJsonLines;
import io.finnexus.batch.statement.StatementParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finnexus statement --input FILE}: parses one ISO 20022 camt.052/053/054 file (any version
 * 001.01–001.13) or CSV ledger and prints its entries as JSON Lines (one object per entry, amounts
 * unsigned in minor units with a {@code direction}), then exactly {@code STATEMENT entries=N
 * credits_minor=C debits_minor=D} as the last line. Credits and debits add minor units across
 * currencies as they are (a control total, not a balance).
 *
 * <p>Exit codes: 0 parsed; 1 the file is missing or not a valid statement (one line on stderr, no
 * stack trace); 2 picocli usage error.
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description =
        "Parse a camt.052/053/054 bank statement or CSV ledger and print its entries as JSON lines,"
            + " then a STATEMENT summary line.")
public final class StatementCommand implements Callable<Integer> {

  /** Exit code for a missing or invalid statement file. */
  public static final int BAD_FILE = 1;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Statement file: camt.052/053/054 XML or CSV ledger.")
  Path input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParsedStatement statement;
    try {
      statement = new StatementParser().parse(input);
    } catch (StatementFormatException e) {
      err.println("finnexus statement: " + e.getMessage());
      err.flush();
      return BAD_FILE;
    }
    new StatementJsonLines().write(statement, out);
    return 0;
  }
}
