package io.finnexus.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.embedded.EmbeddedSearch;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search node stops while alerts keep arriving: intake goes on into PostgreSQL, the search
 * breaker opens (searches fail fast with 503), and once the node is back the queued gap is indexed
 * by itself, so at the end every alert is found by search.
 */
class SearchOutageIT extends ApiTestSupport {

  private static final int BATCHES_DURING_OUTAGE = 8;
  private static final int ALERTS_PER_BATCH = 3;

  @Autowired JdbcTemplate jdbc;

  @Test
  void intakeContinuesWhileTheNodeIsDownAndTheIndexCatchesUpWhenItReturns() {
    assumeTrue(searchAvailable(), EmbeddedSearch.unavailableReason());
    EmbeddedSearch node = EmbeddedServers.search();
    ApiClient officer = as("officer");
    ApiClient admin = as("admin");
    String customer = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    produceAndAwaitStored(customer, t0, "BEFORE", 0, 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> searchTotal(officer, customer) == 3);

    node.stopNode();
    try {
      for (int b = 0; b < BATCHES_DURING_OUTAGE; b++) {
        produceAndAwaitStored(customer, t0, "DURING" + b, 10 + b * 10, ALERTS_PER_BATCH);
      }
      int during = BATCHES_DURING_OUTAGE * ALERTS_PER_BATCH;
      assertThat(stored(customer)).isEqualTo(3 + during);
      assertThat(queued(customer))
          .as("every alert stored during the outage is queued")
          .isEqualTo(during);
      // the failure rate is judged over the last calls, successful searches before the outage
      // included: intake's failures and the catch-up's open it within a few rounds
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> breakerState(admin).equals("open"));

      long started = System.nanoTime();
      ApiClient.Response refused = officer.get("/search/alerts?q=" + customer);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.body()).contains("circuit breaker open");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
      assertThat(client().get("/actuator/health/readiness").status())
          .as("the queue is served from PostgreSQL: a search outage keeps the API in rotation")
          .isEqualTo(200);
    } finally {
      node.restartNode();
    }

    int total = 3 + BATCHES_DURING_OUTAGE * ALERTS_PER_BATCH;
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> searchTotal(officer, customer) == total);
    assertThat(queued(customer)).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> breakerState(admin).equals("closed"));

    produceAndAwaitStored(customer, t0, "AFTER", 900, 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> searchTotal(officer, customer) == total + 1);
  }

  private void produceAndAwaitStored(
      String customer, Instant t0, String batch, int offset, int count) {
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      alerts.add(
          TestAlerts.cycle(
              customer + "-" + batch + "-" + i, customer, t0.plusSeconds(offset + i), 0.7));
    }
    int before = stored(customer);
    TestAlerts.produce(alerts);
    await()
        .atMost(Duration.ofSeconds(20))
        .alias("intake stores batch " + batch)
        .until(() -> stored(customer) == before + count);
  }

  private static long searchTotal(ApiClient officer, String customer) {
    ApiClient.Response found = officer.get("/search/alerts?q=" + customer + "&size=1");
    return found.status() == 200 ? found.json().get("total").asLong() : -1;
  }

  private int stored(String customer) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM alert WHERE customer_id = ?", Integer.class, customer);
  }

  private int queued(String customer) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM alert_index_backlog b JOIN alert a USING (alert_id)"
            + " WHERE a.customer_id = ?",
        Integer.class,
        customer);
  }

  /** The search breaker's state as the Prometheus scrape shows it (the gauge that is 1). */
  private static String breakerState(ApiClient admin) {
    String scrape = admin.get("/actuator/prometheus").body();
    var m =
        Pattern.compile(
                "resilience4j_circuitbreaker_state\\{[^}]*name=\"search\",[^}]*state=\"([a-z_]+)\"[^}]*\\} 1\\.0")
            .matcher(scrape);
    return m.find() ? m.group(1) : "absent";
  }
}
