package io.finnexus.app.ingest;

import io.finnexus.scoring.LabelledTransaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Everything a source produced, for assertions. */
final class Collected implements RowSink {
  final List<LabelledTransaction> rows = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  static Collected from(TransactionSource source) throws IOException {
    Collected collected = new Collected();
    try (source) {
      source.drainTo(collected);
    }
    return collected;
  }

  @Override
  public void accept(LabelledTransaction row) {
    rows.add(row);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }
}
