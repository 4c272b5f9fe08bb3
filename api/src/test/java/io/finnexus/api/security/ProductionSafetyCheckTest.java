package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.api.FinNexusApiApplication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSafetyCheckTest {

  @Test
  void theApiRefusesToStartInProductionWithTheDemoDefaults() {
    assertThatThrownBy(() -> FinNexusApiApplication.start("--spring.profiles.active=production"))
        .hasMessageContaining("refusing to start in production")
        .hasMessageContaining("nobody could log in")
        .hasMessageContaining("FINNEXUS_JWT_SECRET")
        .hasMessageContaining("database password is the default");
  }

  @Test
  void sharedPlainTextPasswordsAreRefusedAndEachUserIsNamed() {
    Map<String, Object> props = fitWithBuiltInUsers();
    props.put("finnexus.security.users[1].password", "finnexus-demo");
    props.put("finnexus.security.users[2].username", "admin");
    props.put("finnexus.security.users[2].password", "finnexus-demo");
    props.put("finnexus.security.users[2].roles[0]", "ADMIN");

    assertThat(ProductionSafetyCheck.violations(environment(props, "production")))
        .containsExactly(
            "built-in user 'officer2' has a plain-text password (give each person their own"
                + " {bcrypt} hash)",
            "built-in user 'admin' has a plain-text password (give each person their own"
                + " {bcrypt} hash)");
  }

  @Test
  void theDemoProfileCannotRideAlongWithProduction() {
    assertThat(ProductionSafetyCheck.violations(environment(fitWithOidc(), "production", "demo")))
        .singleElement()
        .asString()
        .contains("demo profile is active");
  }

  @Test
  void oidcOrPersonalHashesWithASharedTokenKeyAreFit() {
    assertThat(ProductionSafetyCheck.violations(environment(fitWithOidc(), "production")))
        .isEmpty();
    assertThat(ProductionSafetyCheck.violations(environment(fitWithBuiltInUsers(), "production")))
        .isEmpty();
  }

  private static Map<String, Object> fitWithOidc() {
    Map<String, Object> props = new HashMap<>();
    props.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example/realms/fnx");
    props.put("spring.datasource.password", "a-long-generated-secret");
    return props;
  }

  private static Map<String, Object> fitWithBuiltInUsers() {
    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.password", "a-long-generated-secret");
    props.put("finnexus.security.jwt-secret", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==");
    for (String name : List.of("officer", "officer2")) {
      int i = name.equals("officer") ? 0 : 1;
      props.put("finnexus.security.users[" + i + "].username", name);
      props.put(
          "finnexus.security.users[" + i + "].password",
          "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoO5jzUuYzE5Ck8sQp3bS9YdmDVaXQ3VAu" + i);
      props.put("finnexus.security.users[" + i + "].roles[0]", "OFFICER");
    }
    return props;
  }

  private static StandardEnvironment environment(Map<String, Object> props, String... profiles) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test", props));
    env.setActiveProfiles(profiles);
    return env;
  }
}
