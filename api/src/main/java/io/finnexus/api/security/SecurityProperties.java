package io.finnexus.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code finnexus.security.*}).
 *
 * @param jwtSecret base64 HS256 key of at least 32 bytes for the built-in issuer; empty = a random
 *     key per start (tokens die with the process: fine for the demo, set it for anything else)
 * @param jwtIssuer the {@code iss} of issued tokens, checked on every request
 * @param tokenTtl lifetime of an issued token
 * @param rolesClaim the claim that carries role names (also for an external OIDC provider)
 * @param users the built-in users (username, password or {bcrypt} hash, roles); empty list in
 *     production with OIDC
 */
@ConfigurationProperties("finnexus.security")
public record SecurityProperties(
    @DefaultValue("") String jwtSecret,
    @DefaultValue("finnexus") String jwtIssuer,
    @DefaultValue("1h") Duration tokenTtl,
    @DefaultValue("roles") String rolesClaim,
    List<User> users) {

  public SecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** A built-in user; {@code password} is plain text (demo) or {@code {bcrypt}$2a$...}. */
  public record User(String username, String password, List<String> roles) {}
}
