package io.finnexus.embedded;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class, with {@link EmbeddedSearch#unavailableReason()}, where no node can run. */
final class SearchAvailability implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return EmbeddedSearch.isAvailable()
        ? ConditionEvaluationResult.enabled("a search node can run here")
        : ConditionEvaluationResult.disabled(
            "Elasticsearch unavailable: " + EmbeddedSearch.unavailableReason());
  }
}
