package io.finnexus.models.features;

import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.data.LabelledRow;
import io.finnexus.scoring.LabelledTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds a training table by replaying transactions through a {@link TransactionFeatures} in event
 * time order (ties by transaction id), exactly as a streaming scorer would have seen them, so no
 * feature ever looks into the future.
 */
public final class FeatureReplay {
  /** Comparator for replay order: event time, then transaction id. */
  public static final Comparator<LabelledTransaction> EVENT_ORDER =
      Comparator.comparing((LabelledTransaction t) -> t.transaction().getEventTime())
          .thenComparing(t -> t.transaction().getTransactionId());

  private FeatureReplay() {}

  /** Label = fraud. */
  public static FeatureTable fraudTable(
      List<LabelledTransaction> transactions, TransactionFeatures extractor) {
    return replay(transactions, extractor, LabelledTransaction::fraud);
  }

  public static FeatureTable replay(
      List<LabelledTransaction> transactions,
      TransactionFeatures extractor,
      Predicate<LabelledTransaction> label) {
    List<LabelledTransaction> ordered = new ArrayList<>(transactions);
    ordered.sort(EVENT_ORDER);
    List<LabelledRow> rows = new ArrayList<>(ordered.size());
    for (LabelledTransaction t : ordered) {
      double[] features = extractor.extractAndUpdate(t.transaction());
      rows.add(
          new LabelledRow(
              t.transaction().getTransactionId(),
              t.transaction().getEventTime().toEpochMilli(),
              features,
              label.test(t)));
    }
    return new FeatureTable(extractor.names(), extractor.schemaVersion(), rows);
  }
}
