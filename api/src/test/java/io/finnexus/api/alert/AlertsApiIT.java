package io.finnexus.api.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.schemas.avro.Alert;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queue API: filters, sorts, keyset pages, evidence, and typed rejections of bad input. */
class AlertsApiIT extends ApiTestSupport {

  @Autowired AlertUpserter upserter;

  private String customer;
  private Instant t0;
  private ApiClient officer;

  @BeforeEach
  void seed() {
    customer = "Q-" + UUID.randomUUID().toString().substring(0, 8);
    t0 = Instant.parse("2026-03-01T00:00:00Z");
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 57; i++) {
      Instant at =
          t0.plus(i % 19, ChronoUnit.HOURS); // equal timestamps on purpose: ties need the id
      double risk = (i % 10) / 10.0 + 0.05;
      alerts.add(
          i % 3 == 0
              ? TestAlerts.structuring(customer + "-" + i, customer, at, risk)
              : TestAlerts.cycle(customer + "-" + i, customer, at, risk));
    }
    upserter.upsert(alerts);
    officer = as("officer");
  }

  @Test
  void keysetPagesVisitEveryAlertExactlyOnceInEverySortOrder() {
    for (String sort : List.of("-createdAt", "createdAt", "-riskScore", "riskScore")) {
      Set<String> seen = new HashSet<>();
      List<String> order = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        String url =
            "/alerts?customer="
                + customer
                + "&limit=10&sort="
                + sort
                + (cursor == null ? "" : "&cursor=" + cursor);
        var page = officer.get(url).json();
        page.get("items")
            .forEach(
                item -> {
                  assertThat(seen.add(item.get("alertId").asString()))
                      .as("duplicate in %s", sort)
                      .isTrue();
                  order.add(
                      sort.endsWith("createdAt")
                          ? item.get("createdAt").asString()
                          : item.get("riskScore").asString());
                });
        cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        pages++;
      } while (cursor != null);
      assertThat(seen).hasSize(57);
      assertThat(pages).isEqualTo(6);
      List<String> sorted = new ArrayList<>(order);
      java.util.Comparator<String> cmp =
          sort.endsWith("createdAt")
              ? java.util.Comparator.comparing(Instant::parse)
              : java.util.Comparator.comparing(Double::parseDouble);
      sorted.sort(sort.startsWith("-") ? cmp.reversed() : cmp);
      assertThat(order).as(sort).isEqualTo(sorted);
    }
  }

  @Test
  void filtersNarrowTheQueue() {
    var structuring =
        officer
            .get("/alerts?customer=" + customer + "&typology=structuring&limit=200")
            .json()
            .get("items");
    assertThat(structuring.size()).isEqualTo(19);
    var high =
        officer
            .get("/alerts?customer=" + customer + "&riskBand=HIGH&limit=200")
            .json()
            .get("items");
    high.forEach(a -> assertThat(a.get("riskScore").asDouble()).isGreaterThanOrEqualTo(0.8));
    assertThat(high.size()).isPositive();
    String from =
        URLEncoder.encode(t0.plus(2, ChronoUnit.HOURS).toString(), StandardCharsets.UTF_8);
    String to = URLEncoder.encode(t0.plus(4, ChronoUnit.HOURS).toString(), StandardCharsets.UTF_8);
    var window =
        officer
            .get("/alerts?customer=" + customer + "&from=" + from + "&to=" + to + "&limit=200")
            .json()
            .get("items");
    assertThat(window.size()).isEqualTo(6);
    assertThat(
            officer
                .post("/alerts/" + customer + "-1/assign", java.util.Map.of("assignee", "officer2"))
                .status())
        .isEqualTo(200);
    var mine =
        officer
            .get("/alerts?customer=" + customer + "&assignee=officer2&status=IN_REVIEW")
            .json()
            .get("items");
    assertThat(mine.size()).isEqualTo(1);
    assertThat(mine.get(0).get("alertId").asString()).isEqualTo(customer + "-1");
  }

  @Test
  void badInputIsRejectedWithAStableProblemType() {
    assertProblem(officer.get("/alerts?sort=amount"), 400, "validation");
    assertProblem(officer.get("/alerts?limit=0"), 400, "validation");
    assertProblem(officer.get("/alerts?limit=abc"), 400, "validation");
    assertProblem(officer.get("/alerts?status=MAYBE"), 400, "validation");
    assertProblem(officer.get("/alerts?from=yesterday"), 400, "validation");
    assertProblem(
        officer.get("/alerts?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"),
        400,
        "validation");
    assertProblem(officer.get("/alerts?cursor=%25%25%25"), 400, "bad-cursor");
    assertProblem(officer.get("/alerts?cursor=bm9wZQ"), 400, "bad-cursor");
    assertProblem(officer.get("/alerts/no-such-alert"), 404, "not-found");
    assertProblem(officer.get("/alerts/" + "x".repeat(300)), 400, "validation");
    assertProblem(
        officer.post("/alerts/" + customer + "-2/close", "{not json"), 400, "malformed-request");
    assertProblem(
        officer.post("/alerts/" + customer + "-2/close", java.util.Map.of("disposition", "maybe")),
        400,
        "validation");
    assertProblem(
        officer.post(
            "/alerts/" + customer + "-2/close", java.util.Map.of("disposition", "sar_filed")),
        403,
        "four-eyes");
    assertProblem(officer.get("/alerts/NO-SUCH-ALERT"), 404, "not-found");
    // deny by default: a route without an authorization rule is refused, not looked up
    assertProblem(officer.get("/no-such-endpoint"), 403, "forbidden");
  }

  @Test
  void theDetailCarriesTheEvidenceAndClosingIsFinal() {
    var detail = officer.get("/alerts/" + customer + "-1").json();
    assertThat(detail.get("ruleHits").toString()).contains("AML_CYCLE_3_HOPS");
    assertThat(detail.get("features").size()).isEqualTo(3);
    assertThat(detail.at("/features/1/normal").asDouble()).isEqualTo(0.3);
    assertThat(detail.get("transactions").size()).isEqualTo(3);
    assertThat(detail.at("/transactions/0/found").asBoolean()).isFalse();
    assertThat(
            officer
                .post(
                    "/alerts/" + customer + "-1/close",
                    java.util.Map.of("disposition", "false_positive", "reason", "salary"))
                .json()
                .get("status")
                .asString())
        .isEqualTo("CLOSED");
    assertProblem(
        officer.post(
            "/alerts/" + customer + "-1/close", java.util.Map.of("disposition", "false_positive")),
        409,
        "conflict");
  }

  static void assertProblem(ApiClient.Response r, int status, String type) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("type").asString()).isEqualTo("https://finnexus.io/problems/" + type);
  }
}
