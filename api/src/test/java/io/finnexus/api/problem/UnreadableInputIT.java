package io.finnexus.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.security.TokenService;
import jakarta.servlet.Filter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Cases the fuzz ITs found, kept as plain tests: text PostgreSQL cannot store (U+0000) in a body or
 * a filter was a 500, a null role of a new API key was a 500, and a URL the firewall refuses was an
 * empty 400. All are 400 problem+json.
 */
class UnreadableInputIT extends ApiTestSupport {

  @Autowired WebApplicationContext context;
  @Autowired TokenService tokens;

  @Autowired
  @Qualifier("springSecurityFilterChain")
  Filter securityChain;

  private MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityChain).build();
  }

  @Test
  void aNulCharacterInABodyOrAFilterIsA400ProblemNotA500() throws Exception {
    MockHttpServletResponse body =
        send(
            "SUPERVISOR",
            post("/erasure-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectId\":\"nul\\u0000subject\"}"));
    assertProblem(body, 400, "U+0000");
    assertProblem(send("SUPERVISOR", get("/audit").param("subjectId", "a\u0000b")), 400, "U+0000");
    assertProblem(
        send(
            "ADMIN",
            post("/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\\u0000\",\"roles\":[\"OFFICER\"]}")),
        400,
        "U+0000");
  }

  @Test
  void aNullRoleInANewApiKeyIsA400NotA500() throws Exception {
    assertProblem(
        send(
            "ADMIN",
            post("/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"fuzz key\",\"roles\":[null]}")),
        400,
        "roles");
  }

  @Test
  void aUrlTheFirewallRefusesIsA400Problem() throws Exception {
    for (String id : List.of("a\\b", "a;b", "a%b", "../../etc/passwd")) {
      assertProblem(send("OFFICER", get("/alerts/{id}", id)), 400, "not allowed");
    }
  }

  private MockHttpServletResponse send(String role, MockHttpServletRequestBuilder request)
      throws Exception {
    String token = tokens.issue("unreadable-" + role.toLowerCase(), List.of(role), Instant.now());
    return mvc.perform(request.header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  private static void assertProblem(MockHttpServletResponse response, int status, String detail)
      throws Exception {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains(detail);
  }
}
