package io.finnexus.api.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.TestAlerts;
import io.finnexus.api.intake.AlertUpserter;
import io.finnexus.api.security.TokenService;
import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.HostileJson;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of every POST endpoint under hostile input ({@value #CASES} cases each, {@value
 * #LOGIN_CASES} for the login, whose password hashing makes each case slow; {@code
 * -Dfuzz.cases=10000} runs a deeper round): a valid body with fields dropped, retyped or set to
 * hostile values, unknown and duplicate fields, deeply nested or malformed JSON, invalid UTF-8, a
 * wrong content type. Never a 5xx; every 4xx is problem+json with a detail (checked by {@link
 * FuzzRequests}).
 */
class ApiBodyFuzzIT extends ApiTestSupport {

  static final int CASES = 2_000;
  static final int LOGIN_CASES = 500;

  record Endpoint(String role, String path, Map<String, Object> valid) {}

  @Autowired WebApplicationContext context;
  @Autowired TokenService tokens;
  @Autowired AlertUpserter upserter;

  @Autowired
  @Qualifier("springSecurityFilterChain")
  Filter securityChain;

  private FuzzRequests requests;
  private String alertId;
  private String caseId;

  @BeforeEach
  void seed() throws Exception {
    requests = new FuzzRequests(context, securityChain, tokens);
    String customer = "FUZZ-" + UUID.randomUUID().toString().substring(0, 8);
    alertId = customer + "-A1";
    upserter.upsert(
        List.of(
            TestAlerts.structuring(alertId, customer, Instant.parse("2026-03-01T00:00:00Z"), 0.7),
            TestAlerts.cycle(
                customer + "-A2", customer, Instant.parse("2026-03-02T00:00:00Z"), 0.4)));
    String created =
        as("officer")
            .post("/cases", Map.of("title", "fuzz", "alertIds", List.of(customer + "-A2")))
            .body();
    caseId = JsonMapper.builder().build().readTree(created).get("caseId").asString();
  }

  private List<Endpoint> endpoints() {
    return List.of(
        new Endpoint(
            "OFFICER", "/cases", Map.of("title", "fuzz case", "alertIds", List.of(alertId))),
        new Endpoint(
            "OFFICER", "/cases/" + caseId + "/alerts", Map.of("alertIds", List.of(alertId))),
        new Endpoint("OFFICER", "/cases/" + caseId + "/assign", Map.of("assignee", "officer")),
        new Endpoint("OFFICER", "/cases/" + caseId + "/comments", Map.of("body", "looked at it")),
        new Endpoint("OFFICER", "/cases/" + caseId + "/escalate", Map.of("reason", "unsure")),
        new Endpoint(
            "OFFICER",
            "/cases/" + caseId + "/disposition",
            Map.of("disposition", "false_positive", "narrative", "benign payroll")),
        new Endpoint("SUPERVISOR", "/cases/" + caseId + "/sar/reject", Map.of("reason", "thin")),
        new Endpoint("OFFICER", "/alerts/" + alertId + "/assign", Map.of("assignee", "officer")),
        new Endpoint(
            "OFFICER",
            "/alerts/" + alertId + "/close",
            Map.of("disposition", "false_positive", "reason", "known payroll")),
        new Endpoint(
            "SUPERVISOR",
            "/erasure-requests",
            Map.of("subjectId", "fuzz-subject", "channel", "email")),
        new Endpoint(
            "SUPERVISOR",
            "/legal-holds",
            Map.of("scope", "CUSTOMER", "subjectId", "fuzz-subject", "reason", "litigation")),
        new Endpoint(
            "SCHEDULER",
            "/jobs/fuzz-no-such-job/runs",
            Map.of("parameters", Map.of("businessDate", "2026-03-01"))),
        new Endpoint("ADMIN", "/api-keys", Map.of("name", "fuzz key", "roles", List.of("OFFICER"))),
        new Endpoint(null, "/auth/token", Map.of("username", "fuzz-nobody", "password", "x")));
  }

  @TestFactory
  Stream<DynamicTest> everyPostBodyIsAnsweredWithoutA5xx() {
    return endpoints().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    "POST " + e.path(),
                    () ->
                        Fuzz.of(name(e), cases(e))
                            .run(c -> requests.send(c, request(c, e)))
                            .assertAtLeast(cases(e))
                            .assertReached("400")));
  }

  private static int cases(Endpoint e) {
    return e.role() == null ? LOGIN_CASES : CASES;
  }

  private String name(Endpoint e) {
    return "api body: POST " + e.path().replace(caseId, "{case}").replace(alertId, "{alert}");
  }

  private MockHttpServletRequestBuilder request(FuzzCase c, Endpoint e) {
    byte[] body =
        c.chance(0.05)
            ? Hostile.bytes(c.random(), 300)
            : HostileJson.body(c.random(), e.valid()).getBytes(StandardCharsets.UTF_8);
    c.input(body);
    MockHttpServletRequestBuilder request =
        post(e.path())
            .contentType(
                c.chance(0.05)
                    ? c.pick(List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML))
                    : MediaType.APPLICATION_JSON)
            .content(body);
    if (e.role() == null) {
      String address = "127.0." + c.between(1, 250) + "." + c.between(1, 250);
      return request.with(
          r -> {
            r.setRemoteAddr(address);
            return r;
          });
    }
    return requests.as(e.role(), c, request);
  }
}
