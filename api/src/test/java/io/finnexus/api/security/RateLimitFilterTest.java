package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

  private final AtomicLong clock = new AtomicLong();
  private final RateLimitFilter filter =
      new RateLimitFilter(new RateLimitProperties(true, 2, 1.0), clock::get);

  private MockHttpServletResponse call(String ip, String uri) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    request.setRemoteAddr(ip);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void answers429WithRetryAfterPerClientAndNeverLimitsHealth() throws Exception {
    assertThat(call("10.0.0.1", "/alerts").getStatus()).isEqualTo(200);
    assertThat(call("10.0.0.1", "/alerts").getStatus()).isEqualTo(200);
    MockHttpServletResponse limited = call("10.0.0.1", "/alerts");
    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
    assertThat(limited.getContentType()).isEqualTo("application/problem+json");
    assertThat(limited.getContentAsString()).contains("https://finnexus.io/problems/rate-limited");
    assertThat(call("10.0.0.2", "/alerts").getStatus())
        .as("another client has its own bucket")
        .isEqualTo(200);
    assertThat(call("10.0.0.1", "/actuator/health").getStatus()).isEqualTo(200);
    clock.addAndGet(1_000_000_000L);
    assertThat(call("10.0.0.1", "/alerts").getStatus()).isEqualTo(200);
  }
}
