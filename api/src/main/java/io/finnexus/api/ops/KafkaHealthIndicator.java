package io.finnexus.api.ops;

import io.finnexus.api.intake.IntakeProperties;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health component {@code kafka}: the cluster answers a describe-cluster within 3 s. */
@Component("kafka")
public class KafkaHealthIndicator extends AbstractHealthIndicator {

  private final IntakeProperties props;

  public KafkaHealthIndicator(IntakeProperties props) {
    super("Kafka health check failed");
    this.props = props;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    Map<String, Object> config =
        KafkaClientSecurity.with(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
    try (Admin admin = Admin.create(config)) {
      var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
      int nodes = cluster.nodes().get(3, TimeUnit.SECONDS).size();
      builder
          .up()
          .withDetail("nodes", nodes)
          .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS));
    }
  }
}
