package io.finnexus.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What Prometheus and a Kubernetes probe see on the ops endpoint. */
class OpsServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthFollowsTheAppStateAndMetricsExposeTheAppCounters() throws Exception {
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var metrics = new FraudMetrics(registry);
    metrics.rejected("UNKNOWN_CURRENCY");
    metrics.transactionScored(2_000_000);
    var state = new AtomicReference<>("REBALANCING");
    try (var ops = OpsServer.start(0, registry::scrape, state::get)) {
      assertThat(get(ops, "/health").statusCode()).isEqualTo(503);
      state.set("RUNNING");
      assertThat(get(ops, "/health").statusCode()).isEqualTo(200);

      String scrape = get(ops, "/metrics").body();
      assertThat(scrape)
          .contains("finnexus_streams_transactions_rejected_total{reason=\"UNKNOWN_CURRENCY\"} 1.0")
          .contains("finnexus_streams_transactions_scored_total 1.0")
          .contains("finnexus_streams_scoring_latency_seconds_bucket");
    }
  }

  private HttpResponse<String> get(OpsServer ops, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
