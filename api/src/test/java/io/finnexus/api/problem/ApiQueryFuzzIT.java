package io.finnexus.api.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.api.security.TokenService;
import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.Mutations;
import jakarta.servlet.Filter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query parameters of every list endpoint and the path identifiers of every item endpoint under
 * hostile input ({@value #CASES} cases each): filters, dates, sorts, limits and cursors that are
 * valid, mutated from valid (a real next-page cursor with a byte changed) or hostile (SQL and
 * path-traversal payloads, control characters, numbers past every limit), repeated or unknown.
 * Never a 5xx; every 4xx is problem+json with a detail.
 */
class ApiQueryFuzzIT extends ApiTestSupport {

  static final int CASES = 2_000;

  /** A list endpoint, the role that may call it and valid values of each parameter. */
  record ListEndpoint(String role, String path, Map<String, List<String>> valid) {}

  @Autowired WebApplicationContext context;
  @Autowired TokenService tokens;
  @Autowired AlertUpserter upserter;

  @Autowired
  @Qualifier("springSecurityFilterChain")
  Filter securityChain;

  private FuzzRequests requests;
  private String customer;
  private String cursor;

  @BeforeEach
  void seed() {
    requests = new FuzzRequests(context, securityChain, tokens);
    customer = "FUZZQ-" + UUID.randomUUID().toString().substring(0, 8);
    List<io.finnexus.schemas.avro.Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      alerts.add(
          TestAlerts.cycle(
              customer + "-" + i,
              customer,
              Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i),
              0.1 * i));
    }
    upserter.upsert(alerts);
    String page = as("officer").get("/alerts?limit=2&customer=" + customer).body();
    cursor = JsonMapper.builder().build().readTree(page).get("nextCursor").asString();
  }

  private List<ListEndpoint> listEndpoints() {
    return List.of(
        new ListEndpoint(
            "OFFICER",
            "/alerts",
            Map.of(
                "status", List.of("NEW", "IN_REVIEW,IN_CASE", "CLOSED"),
                "typology", List.of("CYCLE", "STRUCTURING,CYCLE"),
                "riskBand", List.of("LOW", "MEDIUM,HIGH"),
                "from", List.of("2026-03-01T00:00:00Z"),
                "to", List.of("2026-03-02T00:00:00Z"),
                "assignee", List.of("officer"),
                "customer", List.of(customer),
                "sort", List.of("-createdAt", "createdAt", "-riskScore", "riskScore"),
                "limit", List.of("1", "50", "200"),
                "cursor", List.of(cursor))),
        new ListEndpoint(
            "OFFICER",
            "/cases",
            Map.of(
                "status", List.of("OPEN", "ESCALATED", "PENDING_APPROVAL", "CLOSED"),
                "assignee", List.of("officer"),
                "limit", List.of("1", "100", "500"))),
        new ListEndpoint(
            "SUPERVISOR",
            "/audit",
            Map.of(
                "subjectType", List.of("alert", "case"),
                "subjectId", List.of(customer + "-1"),
                "limit", List.of("1", "100", "1000"))),
        new ListEndpoint(
            "SCHEDULER", "/jobs/reconciliation/runs", Map.of("limit", List.of("1", "20", "200"))),
        new ListEndpoint(
            "DATA_SCIENTIST", "/models", Map.of("name", List.of("fraud", "aml-anomaly"))));
  }

  @TestFactory
  Stream<DynamicTest> everyListQueryIsAnsweredWithoutA5xx() {
    return listEndpoints().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    "GET " + e.path(),
                    () ->
                        Fuzz.of("api query: GET " + e.path(), CASES)
                            .run(c -> requests.send(c, listRequest(c, e)))
                            .assertAtLeast(CASES)
                            .assertReached("200", "400")));
  }

  @TestFactory
  Stream<DynamicTest> everyPathIdentifierIsAnsweredWithoutA5xx() {
    List<String[]> items =
        List.of(
            new String[] {"OFFICER", "GET", "/alerts/{id}", customer + "-1"},
            new String[] {"OFFICER", "GET", "/cases/{id}", "CASE-1"},
            new String[] {
              "SUPERVISOR", "GET", "/erasure-requests/{id}", UUID.randomUUID().toString()
            },
            new String[] {
              "SUPERVISOR", "DELETE", "/legal-holds/{id}", UUID.randomUUID().toString()
            },
            new String[] {"SCHEDULER", "GET", "/jobs/runs/{id}", "1"},
            new String[] {"DATA_SCIENTIST", "GET", "/models/{id}", "fraud-1"},
            new String[] {"ADMIN", "DELETE", "/api-keys/{id}", "0123456789ab"});
    return items.stream()
        .map(
            item ->
                DynamicTest.dynamicTest(
                    item[1] + " " + item[2],
                    () ->
                        Fuzz.of("api path: " + item[1] + " " + item[2], CASES / 5)
                            .run(
                                c -> {
                                  String id = c.input(value(c, item[3]));
                                  MockHttpServletRequestBuilder request =
                                      item[1].equals("GET")
                                          ? get(item[2], id)
                                          : delete(item[2], id);
                                  requests.send(c, requests.as(item[0], c, request));
                                })
                            .assertAtLeast(CASES / 5)
                            .assertReached("400")));
  }

  private MockHttpServletRequestBuilder listRequest(FuzzCase c, ListEndpoint e) {
    MockHttpServletRequestBuilder request = get(e.path());
    StringBuilder shown = new StringBuilder();
    // by name: Map.of's order changes from one JVM to the next, and a case must replay
    for (Map.Entry<String, List<String>> p : new TreeMap<>(e.valid()).entrySet()) {
      if (c.chance(0.5)) {
        for (int n = c.chance(0.1) ? c.between(2, 3) : 1; n > 0; n--) {
          String v = value(c, c.pick(p.getValue()));
          request.param(p.getKey(), v);
          shown.append(p.getKey()).append('=').append(v).append('&');
        }
      }
    }
    if (c.chance(0.1)) {
      String name = Hostile.string(c.random());
      String v = Hostile.string(c.random());
      request.param(name.isEmpty() ? "x" : name, v);
      shown.append(name).append('=').append(v);
    }
    c.input(shown.toString());
    return requests.as(e.role(), c, request);
  }

  /** Valid (a third), mutated from valid (a third) or hostile. */
  private static String value(FuzzCase c, String valid) {
    return switch (c.between(0, 2)) {
      case 0 -> valid;
      case 1 -> Mutations.text(c.random(), valid);
      default -> Hostile.string(c.random());
    };
  }
}
