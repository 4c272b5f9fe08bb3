package io.finnexus.app.evaluate;

import io.finnexus.app.cli.Progress;
import io.finnexus.app.ingest.ImportFormat;
import io.finnexus.app.ingest.Reject;
import io.finnexus.app.ingest.RowSink;
import io.finnexus.app.ingest.TransactionSource;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.replay.EvaluationReport;
import io.finnexus.scoring.replay.Evaluator;
import io.finnexus.scoring.replay.ReplayScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finnexus evaluate}: runs every AML detector and fraud rule over a labelled file, in file
 * order (files are written sorted by event time), with the default thresholds, and prints the
 * per-typology table and, as the last stdout line, {@code EVAL accounts_precision=… alerts=N}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Replay a labelled file through all detectors and rules; print precision/recall.")
public final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      required = true,
      description = "${COMPLETION-CANDIDATES}",
      converter = FormatConverter.class)
  ImportFormat format;

  @Option(names = "--input", required = true, description = "Input file (folder for amlsim).")
  Path input;

  @Option(names = "--report", description = "Also write the full report as JSON here.")
  Path report;

  @Option(
      names = "--cycle-window-days",
      description = "Round-tripping window in days (default ${DEFAULT-VALUE}).",
      defaultValue = "30")
  int cycleWindowDays;

  @Override
  public Integer call() throws IOException {
    AmlThresholds aml = AmlThresholds.defaults();
    aml = aml.withCycle(aml.cycle().withWindow(Duration.ofDays(cycleWindowDays)));
    Evaluator evaluator =
        new Evaluator(
            new ReplayScorer(aml, new FraudScorer(FraudThresholds.defaults()), ledgerOf(format)));
    Progress progress = Progress.onStderr();
    long[] rejects = {0};
    EvaluationReport result;
    try (TransactionSource source = format.open(input)) {
      RowSink sink =
          new RowSink() {
            @Override
            public void accept(LabelledTransaction row) {
              evaluator.accept(row);
            }

            @Override
            public void reject(Reject reject) {
              rejects[0]++;
            }
          };
      for (long n = 1; source.next(sink); n++) {
        progress.update("evaluate rows", n, -1);
      }
      progress.finish();
      result = evaluator.report(source.launderingAccounts());
    }
    System.err.printf(
        "%,d rows scored, %,d rejected, %.1f s%n",
        result.transactions(), rejects[0], progress.elapsedSeconds());
    if (report != null) {
      result.writeJson(report);
      System.err.println("report written to " + report);
    }
    System.out.print(result.table());
    System.out.println(result.evalLine());
    return 0;
  }

  /** Public data sets write one row per transfer; FinNexus files one row per account leg. */
  static LedgerMode ledgerOf(ImportFormat format) {
    return format == ImportFormat.GENERATED ? LedgerMode.DOUBLE_ENTRY : LedgerMode.SINGLE_ENTRY;
  }
}
