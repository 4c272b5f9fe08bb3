package io.finnexus.embedded;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips container test classes, with the reason in the test report, where no Docker engine
 * answers: {@code @ExtendWith(DockerAssumption.class)}.
 */
final class DockerAssumption implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return DockerClientFactory.instance().isDockerAvailable()
        ? ConditionEvaluationResult.enabled("Docker engine available")
        : ConditionEvaluationResult.disabled(
            "no Docker engine available (`docker info` fails): the containers profile needs one");
  }
}
