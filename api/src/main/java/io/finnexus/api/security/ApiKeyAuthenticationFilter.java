package io.finnexus.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code X-API-Key}: a valid key becomes principal {@code apikey:<name>} with the
 * key's roles; an unknown or revoked key is refused with 401 at once (never anonymous) and counted
 * in {@link AuthFailureMetrics}.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";

  private final ApiKeyService keys;
  private final AuthFailureMetrics failures;

  ApiKeyAuthenticationFilter(ApiKeyService keys, AuthFailureMetrics failures) {
    this.keys = keys;
    this.failures = failures;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = request.getHeader(HEADER);
    if (presented == null) {
      chain.doFilter(request, response);
      return;
    }
    var principal = keys.authenticate(presented.trim());
    if (principal.isEmpty()) {
      failures.apiKeyRejected();
      ProblemWriter.unauthenticated(response, "the API key is unknown or revoked");
      return;
    }
    var p = principal.get();
    var authorities = p.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            Principals.ofApiKey(p.name()), null, authorities);
    SecurityContextHolder.getContext().setAuthentication(auth);
    chain.doFilter(request, response);
  }
}
