package io.finnexus.api.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /me}: who the caller is and which roles they hold (the UI adapts to it). */
@RestController
public class MeController {

  @GetMapping("/me")
  public Map<String, Object> me(Authentication auth) {
    List<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .toList();
    return Map.of("username", auth.getName(), "roles", roles);
  }
}
