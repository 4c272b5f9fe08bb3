package io.finnexus.scoring;

import io.finnexus.schemas.avro.Transaction;

/**
 * A transaction with its ground truth, as produced by the generator or an importer of a labelled
 * public data set. Used for evaluation and training only; production traffic carries no labels.
 *
 * @param typology the planted pattern, or {@code null} for normal traffic
 */
public record LabelledTransaction(
    Transaction transaction, boolean fraud, boolean laundering, Typology typology) {

  public static LabelledTransaction normal(Transaction transaction) {
    return new LabelledTransaction(transaction, false, false, null);
  }
}
