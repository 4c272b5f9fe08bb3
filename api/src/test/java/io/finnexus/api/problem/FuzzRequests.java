package io.finnexus.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.security.TokenService;
import io.finnexus.schemas.fuzz.FuzzCase;
import jakarta.servlet.Filter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends fuzzed requests through the real application (its security filter chain, controllers,
 * validation, services and the embedded PostgreSQL) with MockMvc, in the ITs' shared Spring
 * context, and checks the API's promise for every answer: never a 5xx, and every 4xx is {@code
 * application/problem+json} with a non-blank {@code detail}.
 *
 * <p>Requests are spread over 64 users per role so the per-user rate limit (a real 429) does not
 * answer instead of the endpoint under test.
 */
final class FuzzRequests {

  private static final int USERS_PER_ROLE = 64;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final TokenService tokens;
  private final Map<String, String> tokenByUser = new ConcurrentHashMap<>();

  FuzzRequests(WebApplicationContext context, Filter securityChain, TokenService tokens) {
    this.mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityChain).build();
    this.tokens = tokens;
  }

  /** Adds a bearer token of one of {@code role}'s fuzz users, chosen by the case. */
  MockHttpServletRequestBuilder as(String role, FuzzCase c, MockHttpServletRequestBuilder request) {
    String user = "fuzz-" + role.toLowerCase() + "-" + c.index() % USERS_PER_ROLE;
    String token =
        tokenByUser.computeIfAbsent(user, u -> tokens.issue(u, List.of(role), Instant.now()));
    return request.header("Authorization", "Bearer " + token);
  }

  /** Performs {@code request}, checks the promise, labels the case with the status. */
  MockHttpServletResponse send(FuzzCase c, MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();
    String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(status).as("status of a fuzzed request; body: %s", body).isLessThan(500);
    if (status >= 400) {
      assertThat(response.getContentType())
          .as("content type of a %s answer", status)
          .startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("detail").asString("")).as("detail of %s", body).isNotBlank();
    }
    c.label(Integer.toString(status));
    return response;
  }
}
