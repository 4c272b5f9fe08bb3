package io.finnexus.app.model;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.app.ingest.ImportFormat;
import io.finnexus.app.ingest.Reject;
import io.finnexus.app.ingest.RowSink;
import io.finnexus.app.ingest.TransactionSource;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.scoring.LabelledTransaction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Reads a whole labelled input file for training or evaluation; rejects are counted, not fatal. */
final class LabelledInput {
  private LabelledInput() {}

  static ImportFormat format(String name) {
    try {
      return ImportFormat.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "unknown --format '" + name + "' (expected generated, amlsim or amlworld)");
    }
  }

  /**
   * The label a model learns: the fraud classifiers learn fraud on generated data (laundering on
   * the AML data sets, which have no fraud labels); the customer-level anomaly models are judged on
   * any planted pattern, fraud or laundering.
   */
  static Predicate<LabelledTransaction> label(ImportFormat format, ModelKind kind) {
    if (format == ImportFormat.GENERATED && kind.family().equals("fraud")) {
      return LabelledTransaction::fraud;
    }
    return t -> t.laundering() || t.fraud();
  }

  static List<LabelledTransaction> read(ImportFormat format, Path input, PrintStream err)
      throws IOException {
    List<LabelledTransaction> rows = new ArrayList<>();
    long[] rejects = {0};
    try (TransactionSource source = format.open(input)) {
      source.drainTo(
          new RowSink() {
            @Override
            public void accept(LabelledTransaction row) {
              rows.add(row);
            }

            @Override
            public void reject(Reject reject) {
              rejects[0]++;
            }
          });
    }
    err.printf(
        Locale.ROOT,
        "read %d transactions from %s (%d rejected)%n",
        rows.size(),
        input,
        rejects[0]);
    if (rows.isEmpty()) {
      throw new UserInputException(input + ": no usable transactions");
    }
    return rows;
  }
}
