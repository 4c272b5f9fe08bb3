package io.finnexus.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.embedded.EmbeddedSearch;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Probes, metrics, the OpenAPI document and security headers as an operator sees them. */
class ObservabilityIT extends ApiTestSupport {

  @Test
  void healthAndReadinessAreAnonymousAndCheckEveryStore() {
    ApiClient anonymous = client();
    System.out.println(
        "search: "
            + EmbeddedSearch.isAvailable()
            + " "
            + EmbeddedSearch.unavailableReason()
            + " health (admin view): "
            + as("admin").get("/actuator/health").body());
    assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    ApiClient.Response readiness = anonymous.get("/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().get("status").asString()).isEqualTo("UP");

    ApiClient.Response detailed = as("admin").get("/actuator/health/readiness");
    System.out.println("readiness (admin view): " + detailed.body());
    assertThat(detailed.json().get("components").has("db")).isTrue();
    assertThat(detailed.json().get("components").has("search"))
        .as("readiness is the database only: search, Kafka and MongoDB have fallbacks")
        .isFalse();
    var components = as("admin").get("/actuator/health").json().get("components");
    assertThat(components.has("kafka")).isTrue();
    assertThat(components.has("mongo")).isTrue();
    assertThat(components.get("search").at("/details/configured").asBoolean())
        .as("search node used where one can run (%s)", EmbeddedSearch.unavailableReason())
        .isEqualTo(EmbeddedSearch.isAvailable());
  }

  @Test
  void prometheusExposesHttpIntakeQueueAndDispositionMetrics() {
    ApiClient admin = as("admin");
    admin.get("/alerts"); // a 403 is still an HTTP request to count
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              String metrics = admin.get("/actuator/prometheus").body();
              assertThat(metrics)
                  .contains("http_server_requests_seconds_bucket")
                  .contains("finnexus_alert_queue{")
                  .contains("finnexus_alert_intake_lag_seconds")
                  .contains("hikaricp_connections_active");
            });
    assertThat(as("officer").get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(client().get("/actuator/prometheus").status()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoints() {
    ApiClient.Response doc = as("officer").get("/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("paths").propertyNames())
        .contains(
            "/alerts",
            "/alerts/{alertId}",
            "/cases",
            "/cases/{caseId}/sar/approve",
            "/audit/verify",
            "/jobs",
            "/search/alerts",
            "/auth/token");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (ApiClient.Response r :
        new ApiClient.Response[] {client().get("/ui/index.html"), as("officer").get("/alerts")}) {
      assertThat(r.header("Content-Security-Policy"))
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'");
      assertThat(r.header("Strict-Transport-Security")).contains("max-age=31536000");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("Cache-Control")).contains("no-store");
      assertThat(r.header("Server")).as("no version disclosure").isNull();
    }
  }

  @Test
  void aCrossOriginPreflightGetsNoPermission() {
    ApiClient.Response r =
        client()
            .withHeader("Origin", "https://evil.example")
            .withHeader("Access-Control-Request-Method", "GET")
            .send("OPTIONS", "/alerts", null);
    assertThat(r.header("Access-Control-Allow-Origin")).isNull();
    ApiClient.Response simple =
        as("officer").withHeader("Origin", "https://evil.example").get("/alerts");
    assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
  }
}
