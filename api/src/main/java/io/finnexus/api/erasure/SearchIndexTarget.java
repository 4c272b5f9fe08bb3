package io.finnexus.api.erasure;

import io.finnexus.api.search.AlertIndexEraser;
import io.finnexus.retention.erasure.ErasureOutcome;
import io.finnexus.retention.erasure.ErasureTarget;

/**
 * Deletes the subject's alert documents (customer id, summary, accounts in plaintext) from the
 * search index. The alert rows themselves stay: they are AML records under retention.
 */
final class SearchIndexTarget implements ErasureTarget {

  private final AlertIndexEraser eraser;

  SearchIndexTarget(AlertIndexEraser eraser) {
    this.eraser = eraser;
  }

  @Override
  public String name() {
    return "search-index";
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    if (!eraser.configured()) {
      return new ErasureOutcome(name(), "search:none", 0, "no search node configured");
    }
    long deleted = eraser.deleteByCustomer(subjectId);
    return new ErasureOutcome(
        name(), "search:alerts-index", deleted, "alert documents of the customer deleted");
  }

  @Override
  public long remaining(String subjectId) {
    return eraser.configured() ? eraser.countByCustomer(subjectId) : 0;
  }
}
