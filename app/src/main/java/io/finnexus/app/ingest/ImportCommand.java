package io.finnexus.app.ingest;

import io.finnexus.app.cli.Progress;
import io.finnexus.app.cli.UserInputException;
import io.finnexus.scoring.LabelledTransaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus import}: converts a labelled public data set (or a generated file, re-validated)
 * into the generator's CSV. Every bad line is counted and reported with file:line and reason; a run
 * never stops on one.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Convert AMLSim / AMLworld / generated files to the finnexus CSV format.")
public final class ImportCommand implements Callable<Integer> {
  private static final int REJECTS_SHOWN = 20;

  @Option(
      names = "--format",
      required = true,
      description = "Input format: ${COMPLETION-CANDIDATES}")
  ImportFormat format;

  @Option(names = "--input", required = true, description = "Input file (folder for amlsim).")
  Path input;

  @Option(names = "--out", required = true, description = "Output CSV file (finnexus format).")
  Path out;

  @Option(names = "--rejects", description = "Also write every reject to this CSV file.")
  Path rejectsFile;

  @Override
  public Integer call() throws IOException {
    Progress progress = Progress.onStderr();
    Counts counts = new Counts();
    try (TransactionSource source = format.open(input);
        GeneratedCsvWriter writer = openWriter(out);
        RejectsFile rejects = rejectsFile == null ? null : RejectsFile.open(rejectsFile)) {
      RowSink sink = counts.sink(writer, rejects);
      while (source.next(sink)) {
        progress.update("import lines", counts.rows + counts.rejects, -1);
      }
      writeAccounts(source.launderingAccounts());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.finish();
    counts.report(System.err, out, progress.elapsedSeconds());
    return 0;
  }

  private static GeneratedCsvWriter openWriter(Path file) {
    try {
      return GeneratedCsvWriter.open(file);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private void writeAccounts(Set<String> accounts) throws IOException {
    if (accounts.isEmpty()) {
      return;
    }
    Path file = out.resolveSibling(GeneratedCsv.accountsFileName(out.getFileName().toString()));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("account_id,label_aml\n");
      for (String account : accounts) {
        w.write(account + ",true\n");
      }
    }
    System.err.printf("%,d laundering accounts written to %s%n", accounts.size(), file);
  }

  /** Row, label and reject tallies of one import. */
  private static final class Counts {
    long rows;
    long laundering;
    long fraud;
    long rejects;
    final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

    RowSink sink(GeneratedCsvWriter writer, RejectsFile rejectsOut) {
      return new RowSink() {
        @Override
        public void accept(LabelledTransaction row) {
          rows++;
          laundering += row.laundering() ? 1 : 0;
          fraud += row.fraud() ? 1 : 0;
          try {
            writer.write(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void reject(Reject reject) {
          rejects++;
          byReason.merge(reject.reason(), 1L, Long::sum);
          if (rejects <= REJECTS_SHOWN) {
            System.err.println("reject " + reject.describe());
          }
          if (rejectsOut != null) {
            rejectsOut.write(reject);
          }
        }
      };
    }

    void report(PrintStream err, Path out, double seconds) {
      if (rejects > REJECTS_SHOWN) {
        err.printf(
            "... %,d more rejects not shown (use --rejects FILE)%n", rejects - REJECTS_SHOWN);
      }
      err.printf(
          "imported %,d rows (%,d laundering, %,d fraud) to %s; %,d rejected %s; %.1f s%n",
          rows, laundering, fraud, out, rejects, byReason, seconds);
    }
  }
}
