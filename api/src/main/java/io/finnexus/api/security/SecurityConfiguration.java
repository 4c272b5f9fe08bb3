package io.finnexus.api.security;

import static io.finnexus.api.security.Roles.ADMIN;
import static io.finnexus.api.security.Roles.DATA_SCIENTIST;
import static io.finnexus.api.security.Roles.OFFICER;
import static io.finnexus.api.security.Roles.SCHEDULER;
import static io.finnexus.api.security.Roles.SUPERVISOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.finnexus.api.problem.ProblemTypes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what. The rules below are the authorization matrix (tested endpoint × role in {@code
 * AuthorizationMatrixIT}); anything not listed needs at least authentication. Stateless: bearer
 * tokens or API keys, no session, no CSRF token needed (no cookies are used).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ApiKeyService apiKeys,
      RateLimitProperties rateLimit,
      SecurityProperties props,
      SecurityEvents events)
      throws Exception {
    BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .requestMatchers(POST, "/auth/token")
                    .permitAll()
                    .requestMatchers(GET, "/", "/ui", "/ui/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .hasAnyRole(ADMIN, SCHEDULER)
                    .requestMatchers("/actuator/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                    .authenticated()
                    .requestMatchers(GET, "/alerts", "/alerts/**", "/search/alerts")
                    .hasAnyRole(OFFICER, SUPERVISOR)
                    .requestMatchers(POST, "/alerts/*/assign", "/alerts/*/close")
                    .hasAnyRole(OFFICER, SUPERVISOR)
                    .requestMatchers(POST, "/search/reindex")
                    .hasRole(ADMIN)
                    .requestMatchers(POST, "/cases/*/sar/approve", "/cases/*/sar/reject")
                    .hasRole(SUPERVISOR)
                    .requestMatchers("/cases", "/cases/**")
                    .hasAnyRole(OFFICER, SUPERVISOR)
                    .requestMatchers(GET, "/audit", "/audit/**")
                    .hasAnyRole(SUPERVISOR, ADMIN)
                    .requestMatchers("/jobs", "/jobs/**")
                    .hasAnyRole(SCHEDULER, ADMIN)
                    .requestMatchers("/models", "/models/**")
                    .hasAnyRole(DATA_SCIENTIST, ADMIN)
                    .requestMatchers("/erasure-requests", "/erasure-requests/**")
                    .hasAnyRole(SUPERVISOR, ADMIN)
                    .requestMatchers("/legal-holds", "/legal-holds/**")
                    .hasAnyRole(SUPERVISOR, ADMIN)
                    .requestMatchers(GET, "/api-keys")
                    .hasRole(ADMIN)
                    .requestMatchers(POST, "/api-keys")
                    .hasRole(ADMIN)
                    .requestMatchers(DELETE, "/api-keys/*")
                    .hasRole(ADMIN)
                    .requestMatchers(GET, "/me")
                    .authenticated()
                    // deny by default: a new route is closed until it gets a rule here and a
                    // row in AuthorizationMatrixIT (which fails for a route without one)
                    .anyRequest()
                    .denyAll())
        .oauth2ResourceServer(
            o ->
                o.bearerTokenResolver(new FastBearerTokenResolver())
                    .jwt(j -> j.jwtAuthenticationConverter(roles(props)))
                    .authenticationEntryPoint(
                        (req, res, e) -> {
                          // reached only when a presented bearer token is refused: the chain's
                          // own entry point (below) answers requests that carry no credentials
                          events.bearerTokenRejected(e.getMessage(), req.getRemoteAddr());
                          bearer.commence(req, res, e);
                          ProblemWriter.unauthenticated(
                              res, "a valid bearer token or X-API-Key is required");
                        }))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            ProblemWriter.unauthenticated(
                                res, "a valid bearer token or X-API-Key is required"))
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          events.accessDenied(
                              req.getUserPrincipal() == null
                                  ? null
                                  : req.getUserPrincipal().getName(),
                              req.getMethod(),
                              req.getRequestURI(),
                              req.getRemoteAddr());
                          ProblemWriter.write(
                              res,
                              403,
                              ProblemTypes.FORBIDDEN,
                              "Forbidden",
                              "your role may not do this");
                        }))
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(apiKeys, events), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(
            new RateLimitFilter(rateLimit, System::nanoTime), BearerTokenAuthenticationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .httpStrictTransportSecurity(
                        s ->
                            s.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)
                                .requestMatcher(AnyRequestMatcher.INSTANCE))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  /**
   * Body size limits, ahead of the security chain (order -100) so even an anonymous request with a
   * huge body is refused before anything reads it.
   */
  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(BodySizeProperties limits) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(new BodySizeLimitFilter(limits));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The request firewall: strict, with cheap header checks (see {@link HeaderFirewall}). */
  @Bean
  org.springframework.security.web.firewall.HttpFirewall httpFirewall() {
    return HeaderFirewall.create();
  }

  /**
   * A URL the firewall refuses (an encoded {@code %}, {@code /}, {@code \}, {@code ;}, a {@code ..}
   * segment …) is a 400 problem+json like every other bad request, not an empty 400.
   */
  @Bean
  org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) ->
        ProblemWriter.write(
            response,
            400,
            ProblemTypes.MALFORMED_REQUEST,
            "Malformed request",
            "the request URL is not allowed: " + rejected.getMessage());
  }

  private static JwtAuthenticationConverter roles(SecurityProperties props) {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(props.rolesClaim());
    authorities.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }
}
