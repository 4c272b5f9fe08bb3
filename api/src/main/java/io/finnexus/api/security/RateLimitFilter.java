package io.finnexus.api.security;

import io.finnexus.api.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limit, after authentication: the key is the principal's name, or the remote
 * address for anonymous calls (the token endpoint: slows password guessing). Over the limit: 429
 * problem+json with {@code Retry-After} in whole seconds. Health probes are never limited.
 */
final class RateLimitFilter extends OncePerRequestFilter {

  private static final int MAX_CLIENTS = 100_000;

  private final RateLimitProperties props;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  RateLimitFilter(RateLimitProperties props, LongSupplier clock) {
    this.props = props;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !props.enabled() || request.getRequestURI().startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String client =
        auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())
            ? "user:" + auth.getName()
            : "ip:" + request.getRemoteAddr();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // bounded memory; a reset only ever lets clients through
    }
    long now = clock.getAsLong();
    long waitNanos =
        buckets
            .computeIfAbsent(
                client, k -> new TokenBucket(props.capacity(), props.refillPerSecond(), now))
            .tryTake(now);
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      response.setHeader("Retry-After", Long.toString(seconds));
      ProblemWriter.write(
          response,
          429,
          ProblemTypes.RATE_LIMITED,
          "Too many requests",
          "rate limit exceeded; retry after " + seconds + " s");
      return;
    }
    chain.doFilter(request, response);
  }
}
