package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.ApiClient;
import io.finnexus.api.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every endpoint × every role, plus no token, an expired token, a foreign signature, a wrong
 * issuer, and API keys (valid and revoked). Allowed means "not 401/403" (a 400/404/409 from the
 * endpoint itself proves the request got past security).
 */
class AuthorizationMatrixIT extends ApiTestSupport {

  record Endpoint(String method, String path, Object body, Set<String> allowed) {}

  private static final Set<String> ANYONE =
      Set.of("OFFICER", "SUPERVISOR", "SCHEDULER", "DATA_SCIENTIST", "ADMIN");
  private static final Set<String> REVIEW = Set.of("OFFICER", "SUPERVISOR");
  private static final Set<String> ERASURE = Set.of("SUPERVISOR", "ADMIN");
  private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", "/alerts", null, REVIEW),
          new Endpoint("GET", "/alerts/MATRIX-NONE", null, REVIEW),
          new Endpoint("POST", "/alerts/MATRIX-NONE/assign", Map.of("assignee", "x"), REVIEW),
          new Endpoint(
              "POST", "/alerts/MATRIX-NONE/close", Map.of("disposition", "false_positive"), REVIEW),
          new Endpoint("GET", "/search/alerts?q=x", null, REVIEW),
          new Endpoint("POST", "/search/reindex", null, Set.of("ADMIN")),
          new Endpoint("POST", "/cases", Map.of(), REVIEW),
          new Endpoint("GET", "/cases", null, REVIEW),
          new Endpoint("GET", "/cases/CASE-NONE", null, REVIEW),
          new Endpoint("POST", "/cases/CASE-NONE/alerts", Map.of("alertIds", List.of("a")), REVIEW),
          new Endpoint("POST", "/cases/CASE-NONE/assign", Map.of("assignee", "x"), REVIEW),
          new Endpoint("POST", "/cases/CASE-NONE/comments", Map.of("body", "x"), REVIEW),
          new Endpoint("POST", "/cases/CASE-NONE/escalate", Map.of(), REVIEW),
          new Endpoint(
              "POST",
              "/cases/CASE-NONE/disposition",
              Map.of("disposition", "false_positive"),
              REVIEW),
          new Endpoint("POST", "/cases/CASE-NONE/sar/approve", null, Set.of("SUPERVISOR")),
          new Endpoint(
              "POST", "/cases/CASE-NONE/sar/reject", Map.of("reason", "x"), Set.of("SUPERVISOR")),
          new Endpoint("GET", "/cases/CASE-NONE/sar", null, REVIEW),
          new Endpoint("GET", "/cases/CASE-NONE/sar.html", null, REVIEW),
          new Endpoint("GET", "/audit?limit=1", null, Set.of("SUPERVISOR", "ADMIN")),
          new Endpoint("GET", "/audit/verify", null, Set.of("SUPERVISOR", "ADMIN")),
          new Endpoint("GET", "/jobs", null, Set.of("SCHEDULER", "ADMIN")),
          new Endpoint("POST", "/jobs/no-such-job/runs", Map.of(), Set.of("SCHEDULER", "ADMIN")),
          new Endpoint("GET", "/jobs/no-such-job/runs", null, Set.of("SCHEDULER", "ADMIN")),
          new Endpoint("GET", "/jobs/runs/987654321", null, Set.of("SCHEDULER", "ADMIN")),
          new Endpoint("POST", "/jobs/runs/987654321/restart", null, Set.of("SCHEDULER", "ADMIN")),
          new Endpoint("POST", "/erasure-requests", Map.of(), ERASURE),
          new Endpoint("GET", "/erasure-requests/" + NO_ID, null, ERASURE),
          new Endpoint("POST", "/erasure-requests/" + NO_ID + "/verify", null, ERASURE),
          new Endpoint("POST", "/erasure-requests/" + NO_ID + "/execute", null, ERASURE),
          new Endpoint("POST", "/erasure-requests/" + NO_ID + "/confirm", null, ERASURE),
          new Endpoint("POST", "/legal-holds", Map.of(), ERASURE),
          new Endpoint("DELETE", "/legal-holds/" + NO_ID, null, ERASURE),
          new Endpoint("GET", "/api-keys", null, Set.of("ADMIN")),
          new Endpoint("POST", "/api-keys", Map.of(), Set.of("ADMIN")),
          new Endpoint("DELETE", "/api-keys/000000000000", null, Set.of("ADMIN")),
          new Endpoint("GET", "/actuator/prometheus", null, Set.of("ADMIN", "SCHEDULER")),
          new Endpoint("GET", "/actuator/info", null, Set.of("ADMIN")),
          new Endpoint("GET", "/models?name=fraud", null, Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint("POST", "/models", Map.of(), Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint("GET", "/models/NO-MODEL", null, Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint("POST", "/models/NO-MODEL/shadow", null, Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint("POST", "/models/NO-MODEL/promote", null, Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint(
              "POST", "/models/rollback?name=nothing", null, Set.of("DATA_SCIENTIST", "ADMIN")),
          new Endpoint("GET", "/v3/api-docs", null, ANYONE),
          new Endpoint("GET", "/v3/api-docs.yaml", null, ANYONE),
          new Endpoint("GET", "/me", null, ANYONE));

  static final List<Endpoint> PUBLIC =
      List.of(
          new Endpoint("GET", "/actuator/health", null, ANYONE),
          new Endpoint("GET", "/actuator/health/liveness", null, ANYONE),
          new Endpoint("GET", "/actuator/health/readiness", null, ANYONE),
          new Endpoint(
              "POST",
              "/auth/token",
              Map.of("username", "officer", "password", "finnexus-demo"),
              ANYONE),
          new Endpoint("GET", "/ui/index.html", null, ANYONE));

  /**
   * Routes that only redirect to the UI shell ({@code /ui/index.html}, in {@link #PUBLIC}) and
   * Spring's error page (open, renders the problem of a failed request).
   */
  static final List<Endpoint> REDIRECTS_AND_ERRORS =
      List.of(
          new Endpoint("GET", "/", null, ANYONE),
          new Endpoint("GET", "/ui", null, ANYONE),
          new Endpoint("GET", "/error", null, ANYONE));

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping routes;

  private static final Map<String, String> USER_OF_ROLE =
      Map.of(
          "OFFICER",
          "officer",
          "SUPERVISOR",
          "supervisor",
          "SCHEDULER",
          "scheduler",
          "DATA_SCIENTIST",
          "datascientist",
          "ADMIN",
          "admin");

  /**
   * A new controller method without a row above fails here, so the matrix cannot silently fall
   * behind the application (and the security chain denies unlisted routes, ASVS 4.1.5).
   */
  @Test
  void everyRouteOfTheApplicationHasARowInTheMatrix() {
    List<Endpoint> rows = new ArrayList<>(ENDPOINTS);
    rows.addAll(PUBLIC);
    rows.addAll(REDIRECTS_AND_ERRORS);
    List<String> missing = new ArrayList<>();
    routes
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              Set<String> methods =
                  info.getMethodsCondition().getMethods().stream()
                      .map(Enum::name)
                      .collect(Collectors.toSet());
              for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                boolean covered =
                    rows.stream()
                        .anyMatch(
                            row ->
                                (methods.isEmpty() || methods.contains(row.method()))
                                    && pattern.matches(
                                        PathContainer.parsePath(row.path().split("\\?")[0])));
                if (!covered) {
                  missing.add(methods + " " + pattern.getPatternString());
                }
              }
            });
    assertThat(routes.getHandlerMethods()).hasSizeGreaterThan(40);
    assertThat(missing).as("routes without a row in the authorization matrix").isEmpty();
  }

  @Test
  void anUnlistedRouteIsDeniedEvenToAnAdmin() {
    var r = as("admin").get("/no-such-route-anywhere");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void everyRoleGetsExactlyWhatTheMatrixSays() {
    List<String> wrong = new ArrayList<>();
    Map<String, ApiClient> clients = new LinkedHashMap<>();
    USER_OF_ROLE.forEach((role, user) -> clients.put(role, as(user)));
    for (Endpoint e : ENDPOINTS) {
      for (var entry : clients.entrySet()) {
        int status = entry.getValue().send(e.method(), e.path(), e.body()).status();
        boolean allowed = e.allowed().contains(entry.getKey());
        if (allowed ? (status == 401 || status == 403) : status != 403) {
          wrong.add(e.method() + " " + e.path() + " as " + entry.getKey() + " -> " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void nothingButHealthLoginAndTheUiShellIsReachableWithoutValidCredentials() {
    Instant now = Instant.now();
    Map<String, ApiClient> bad = new LinkedHashMap<>();
    bad.put("no token", client());
    bad.put(
        "expired",
        client()
            .bearer(
                TestTokens.mint(
                    JWT_SECRET,
                    "finnexus",
                    "admin",
                    List.of("ADMIN"),
                    now.minus(2, ChronoUnit.HOURS),
                    now.minus(1, ChronoUnit.HOURS))));
    String foreignKey =
        Base64.getEncoder().encodeToString("another-key-another-key-another-key!".getBytes());
    bad.put(
        "foreign signature",
        client()
            .bearer(
                TestTokens.mint(
                    foreignKey, "finnexus", "admin", List.of("ADMIN"), now, now.plusSeconds(600))));
    bad.put(
        "wrong issuer",
        client()
            .bearer(
                TestTokens.mint(
                    JWT_SECRET, "evil", "admin", List.of("ADMIN"), now, now.plusSeconds(600))));
    bad.put("garbage token", client().bearer("not.a.jwt"));
    bad.put("unknown api key", client().withHeader("X-API-Key", "fnx_000000000000_nope"));
    List<String> wrong = new ArrayList<>();
    for (Endpoint e : ENDPOINTS) {
      bad.forEach(
          (what, c) -> {
            var r = c.send(e.method(), e.path(), e.body());
            if (r.status() != 401
                || !String.valueOf(r.header("Content-Type"))
                    .startsWith("application/problem+json")) {
              wrong.add(e.method() + " " + e.path() + " with " + what + " -> " + r.status());
            }
          });
    }
    for (Endpoint e : PUBLIC) {
      int status = client().send(e.method(), e.path(), e.body()).status();
      if (status != 200) {
        wrong.add(e.method() + " " + e.path() + " anonymous -> " + status);
      }
    }
    assertThat(wrong).isEmpty();
    // a token minted with the right key is accepted (the matrix above is not vacuous)
    assertThat(
            client()
                .bearer(
                    TestTokens.mint(
                        JWT_SECRET, "finnexus", "x", List.of("ADMIN"), now, now.plusSeconds(600)))
                .get("/me")
                .status())
        .isEqualTo(200);
  }

  @Test
  void apiKeysCarryTheirRolesUntilRevoked() {
    ApiClient admin = as("admin");
    var created =
        admin.post("/api-keys", Map.of("name", "nightly-scheduler", "roles", List.of("SCHEDULER")));
    assertThat(created.status()).isEqualTo(201);
    String key = created.json().get("key").asString();
    String keyId = created.json().at("/info/keyId").asString();
    ApiClient machine = client().withHeader("X-API-Key", key);
    assertThat(machine.get("/jobs").status()).isEqualTo(200);
    assertThat(machine.get("/me").json().get("username").asString())
        .isEqualTo("apikey:nightly-scheduler");
    assertThat(machine.get("/alerts").status()).isEqualTo(403);
    assertThat(admin.get("/api-keys").body()).contains(keyId).doesNotContain(key);
    assertThat(admin.delete("/api-keys/" + keyId).json().get("revokedAt").isNull()).isFalse();
    assertThat(machine.get("/jobs").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordsGetNoToken() {
    var r = client().post("/auth/token", Map.of("username", "admin", "password", "guess"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("type").asString()).endsWith("/unauthenticated");
    assertThat(client().post("/auth/token", Map.of("username", "nobody", "password", "x")).status())
        .isEqualTo(401);
    assertThat(client().post("/auth/token", "{}").status()).isEqualTo(400);
  }
}
