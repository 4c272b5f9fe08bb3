package io.finnexus.scoring.aml;

import io.finnexus.scoring.alert.Finding;
import java.util.List;

/**
 * The outcome of one AML step at one key: findings to turn into alerts, and path tokens the engine
 * must route to each token's {@link PathToken#receiver()} key (then call {@link
 * AmlMonitor#onToken}).
 */
public record AmlStep(List<Finding> findings, List<PathToken> forward) {
  static final AmlStep NONE = new AmlStep(List.of(), List.of());
}
