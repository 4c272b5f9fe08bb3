package io.finnexus.app.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** The input formats {@code finnexus import} (and later {@code evaluate}/{@code train}) read. */
public enum ImportFormat {
  /** IBM AMLSim output folder: nodes.csv + transactions.csv. */
  AMLSIM,
  /** IBM AMLworld transaction CSV. */
  AMLWORLD,
  /** The generator's own CSV ({@link GeneratedCsv}). */
  GENERATED;

  /** Opens {@code input} as a streaming source of this format. */
  public TransactionSource open(Path input) throws IOException {
    return switch (this) {
      case AMLSIM -> new AmlSimSource(input);
      case AMLWORLD -> new AmlWorldSource(input);
      case GENERATED -> new GeneratedCsvSource(input);
    };
  }
}
