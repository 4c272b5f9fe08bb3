package io.finnexus.models.features;

import io.finnexus.schemas.avro.Transaction;
import java.util.List;

/**
 * A stateful per-transaction feature extractor: called once per transaction in event-time order, it
 * returns the features as of just before that transaction and then absorbs it. Scoring and training
 * must use the same implementation so a transaction scores the same everywhere.
 */
public interface TransactionFeatures {
  List<String> names();

  String schemaVersion();

  double[] extractAndUpdate(Transaction transaction);
}
