package io.finnexus.api.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The built-in users, passwords held only as BCrypt hashes (plain-text configured passwords are
 * hashed at start-up). A check against an unknown user still spends one BCrypt comparison, so the
 * response time does not tell which usernames exist.
 */
@Component
public class UserDirectory {

  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
  private static final String DUMMY_HASH = BCRYPT.encode("no-such-user");

  private record Account(String hash, List<String> roles) {}

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  public UserDirectory(SecurityProperties props) {
    for (SecurityProperties.User u : props.users()) {
      if (u.username() == null || u.password() == null || u.password().isBlank()) {
        continue;
      }
      String hash =
          u.password().startsWith("{bcrypt}")
              ? u.password().substring("{bcrypt}".length())
              : BCRYPT.encode(u.password());
      List<String> roles =
          u.roles() == null ? List.of() : u.roles().stream().filter(Roles.ALL::contains).toList();
      accounts.put(u.username(), new Account(hash, roles));
    }
  }

  /** The user's roles when the password matches. */
  public Optional<List<String>> authenticate(String username, String password) {
    Account account = username == null ? null : accounts.get(username);
    boolean ok =
        BCRYPT.matches(
            password == null ? "" : password, account == null ? DUMMY_HASH : account.hash());
    return ok && account != null ? Optional.of(account.roles()) : Optional.empty();
  }
}
