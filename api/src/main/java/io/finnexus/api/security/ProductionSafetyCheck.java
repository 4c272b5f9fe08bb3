package io.finnexus.api.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the API under the {@code production} profile with demo-grade security: shared or
 * plain-text built-in passwords, a per-process random token key, the default database password, or
 * no way to log in at all. Runs before any bean is created, so a misconfigured replica never serves
 * a request; every violation is listed in one message.
 *
 * <p>The seven demo users live in {@code application-demo.yml}, loaded only under the {@code demo}
 * profile (the default when no profile is set).
 */
public final class ProductionSafetyCheck
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String PRODUCTION = "production";
  private static final String DEFAULT_DB_PASSWORD = "finnexus";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment env = event.getEnvironment();
    if (!Arrays.asList(env.getActiveProfiles()).contains(PRODUCTION)) {
      return;
    }
    List<String> violations = violations(env);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "refusing to start in production: " + String.join("; ", violations));
    }
  }

  /** What makes this configuration unfit for production (empty when fit). */
  static List<String> violations(ConfigurableEnvironment env) {
    List<String> problems = new ArrayList<>();
    if (Arrays.asList(env.getActiveProfiles()).contains("demo")) {
      problems.add("the demo profile is active (its built-in users share one password)");
    }
    List<SecurityProperties.User> users =
        Binder.get(env)
            .bind("finnexus.security.users", Bindable.listOf(SecurityProperties.User.class))
            .orElse(List.of());
    for (SecurityProperties.User user : users) {
      if (user.password() == null || !user.password().startsWith("{bcrypt}")) {
        problems.add(
            "built-in user '"
                + user.username()
                + "' has a plain-text password (give each person their own {bcrypt} hash)");
      }
    }
    boolean externalIssuer =
        !env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "").isBlank()
            || !env.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "")
                .isBlank();
    if (!externalIssuer) {
      if (users.isEmpty()) {
        problems.add(
            "no OIDC issuer (spring.security.oauth2.resourceserver.jwt.issuer-uri) and no"
                + " built-in users: nobody could log in");
      }
      if (env.getProperty("finnexus.security.jwt-secret", "").isBlank()) {
        problems.add(
            "finnexus.security.jwt-secret (FINNEXUS_JWT_SECRET) is not set: each replica would"
                + " sign tokens with its own random key");
      }
    }
    if (DEFAULT_DB_PASSWORD.equals(env.getProperty("spring.datasource.password"))) {
      problems.add("the database password is the default (set FINNEXUS_DB_PASSWORD)");
    }
    return problems;
  }
}
