package io.finnexus.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authentication and access-control events (ASVS 7.1.3, 7.2.1, 7.2.2): each is logged on the {@code
 * io.finnexus.security} logger as {@code security event=<name> key=value…}, never with a password,
 * token or API-key secret, and failures are counted in {@code
 * finnexus.auth.failures{method=password|jwt|api_key}} (registered at zero). A request without
 * credentials is no failure. Caller-supplied text (usernames) is cut to {@value #MAX_FIELD} chars
 * and stripped of control characters, so it cannot forge log lines.
 */
@Component
public class SecurityEvents {

  static final int MAX_FIELD = 64;
  private static final Logger LOG = LoggerFactory.getLogger("io.finnexus.security");

  private final Counter password;
  private final Counter jwt;
  private final Counter apiKey;

  public SecurityEvents(MeterRegistry registry) {
    this.password = registry.counter("finnexus.auth.failures", "method", "password");
    this.jwt = registry.counter("finnexus.auth.failures", "method", "jwt");
    this.apiKey = registry.counter("finnexus.auth.failures", "method", "api_key");
  }

  void loginSucceeded(String username, String client) {
    LOG.info("security event=login_succeeded user={} client={}", safe(username), safe(client));
  }

  void passwordRejected(String username, String client) {
    password.increment();
    LOG.warn("security event=login_failed user={} client={}", safe(username), safe(client));
  }

  void bearerTokenRejected(String reason, String client) {
    jwt.increment();
    LOG.warn("security event=token_rejected reason={} client={}", safe(reason), safe(client));
  }

  /** {@code keyId}: the public id part of the presented key, never its secret. */
  void apiKeyRejected(String keyId, String client) {
    apiKey.increment();
    LOG.warn("security event=api_key_rejected key_id={} client={}", safe(keyId), safe(client));
  }

  void accessDenied(String principal, String method, String path, String client) {
    LOG.warn(
        "security event=access_denied principal={} request=\"{} {}\" client={}",
        safe(principal),
        safe(method),
        safe(path),
        safe(client));
  }

  static String safe(String value) {
    if (value == null) {
      return "-";
    }
    String clean = value.replaceAll("[\\p{Cntrl}\\s\"]+", "_");
    return clean.length() <= MAX_FIELD ? clean : clean.substring(0, MAX_FIELD) + "…";
  }
}
