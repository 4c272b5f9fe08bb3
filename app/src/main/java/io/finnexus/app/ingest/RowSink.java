package io.finnexus.app.ingest;

import io.finnexus.scoring.LabelledTransaction;

/** Receives what a {@link TransactionSource} reads: exactly one call per input data line. */
public interface RowSink {
  void accept(LabelledTransaction row);

  void reject(Reject reject);
}
