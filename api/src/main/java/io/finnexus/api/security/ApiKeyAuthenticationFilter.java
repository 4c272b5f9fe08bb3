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
 * in {@link SecurityEvents} (with the key's public id, never its secret).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";

  private final ApiKeyService keys;
  private final SecurityEvents events;

  ApiKeyAuthenticationFilter(ApiKeyService keys, SecurityEvents events) {
    this.keys = keys;
    this.events = events;
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
      events.apiKeyRejected(publicId(presented.trim()), request.getRemoteAddr());
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

  /** The id part of {@code fnx_<id>_<secret>}; "malformed" for anything else. */
  static String publicId(String presented) {
    int end = presented.indexOf('_', 4);
    return presented.startsWith("fnx_") && end > 4 ? presented.substring(4, end) : "malformed";
  }
}
