package io.finnexus.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counter {@code finnexus.auth.failures{method=password|jwt|api_key}}: failed logins at {@code
 * /auth/token}, rejected bearer tokens (malformed, bad signature, expired, wrong issuer) and
 * unknown or revoked API keys. A request without credentials is no failure. All three are
 * registered at zero.
 */
@Component
public class AuthFailureMetrics {

  private final Counter password;
  private final Counter jwt;
  private final Counter apiKey;

  public AuthFailureMetrics(MeterRegistry registry) {
    this.password = registry.counter("finnexus.auth.failures", "method", "password");
    this.jwt = registry.counter("finnexus.auth.failures", "method", "jwt");
    this.apiKey = registry.counter("finnexus.auth.failures", "method", "api_key");
  }

  void passwordRejected() {
    password.increment();
  }

  void bearerTokenRejected() {
    jwt.increment();
  }

  void apiKeyRejected() {
    apiKey.increment();
  }
}
