package io.finnexus.api.ops;

import io.finnexus.api.search.SearchNode;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code search}: the node's cluster health. Search is optional: with no node
 * configured the component is UP with {@code configured=false} (the API works without it); a
 * configured node that does not answer is DOWN.
 */
@Component("search")
public class SearchHealthIndicator extends AbstractHealthIndicator {

  private final SearchNode node;

  public SearchHealthIndicator(SearchNode node) {
    super("search health check failed");
    this.node = node;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    if (!node.configured()) {
      builder.up().withDetail("configured", false);
      return;
    }
    var health = node.client().cluster().health();
    String status = health.status().jsonValue();
    (status.equals("red") ? builder.down() : builder.up())
        .withDetail("configured", true)
        .withDetail("cluster", status);
  }
}
