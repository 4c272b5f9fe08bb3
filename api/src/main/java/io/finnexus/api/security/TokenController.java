package io.finnexus.api.security;

import io.finnexus.api.problem.ApiException;
import io.finnexus.api.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/token}: username + password of a built-in user → a bearer token. */
@RestController
public class TokenController {

  private final UserDirectory users;
  private final TokenService tokens;
  private final SecurityEvents events;

  public TokenController(UserDirectory users, TokenService tokens, SecurityEvents events) {
    this.users = users;
    this.tokens = tokens;
    this.events = events;
  }

  public record Credentials(
      @NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {}

  public record Token(
      String access_token,
      String token_type,
      long expires_in,
      String username,
      List<String> roles) {}

  @PostMapping("/auth/token")
  public Token token(@Valid @RequestBody Credentials body, HttpServletRequest request) {
    if (!tokens.available()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND,
          ProblemTypes.NOT_FOUND,
          "Not found",
          "tokens come from the configured identity provider, not from this service");
    }
    Optional<List<String>> authenticated = users.authenticate(body.username(), body.password());
    if (authenticated.isEmpty()) {
      events.passwordRejected(body.username(), request.getRemoteAddr());
      throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          ProblemTypes.UNAUTHENTICATED,
          "Unauthenticated",
          "unknown user or wrong password");
    }
    List<String> roles = authenticated.get();
    events.loginSucceeded(body.username(), request.getRemoteAddr());
    String token = tokens.issue(body.username(), roles, Instant.now());
    return new Token(token, "Bearer", tokens.ttlSeconds(), body.username(), roles);
  }
}
