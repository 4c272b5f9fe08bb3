package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecurityEventsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SecurityEvents events = new SecurityEvents(registry);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.finnexus.security");

  @BeforeEach
  void capture() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void release() {
    logger.detachAppender(log);
  }

  @Test
  void everyAuthenticationOutcomeAndDenialIsLoggedAndFailuresAreCounted() {
    events.loginSucceeded("officer", "10.0.0.7");
    events.passwordRejected("officer", "10.0.0.7");
    events.bearerTokenRejected("Jwt expired at 2026-11-29T05:00:00Z", "10.0.0.8");
    events.apiKeyRejected("k3y1d", "10.0.0.9");
    events.accessDenied("officer", "POST", "/api-keys", "10.0.0.7");

    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "security event=login_succeeded user=officer client=10.0.0.7",
            "security event=login_failed user=officer client=10.0.0.7",
            "security event=token_rejected reason=Jwt_expired_at_2026-11-29T05:00:00Z"
                + " client=10.0.0.8",
            "security event=api_key_rejected key_id=k3y1d client=10.0.0.9",
            "security event=access_denied principal=officer request=\"POST /api-keys\""
                + " client=10.0.0.7");
    assertThat(registry.get("finnexus.auth.failures").tag("method", "password").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("finnexus.auth.failures").tag("method", "jwt").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("finnexus.auth.failures").tag("method", "api_key").counter().count())
        .isEqualTo(1);
  }

  @Test
  void callerTextCannotForgeLogLinesOrFloodThem() {
    events.passwordRejected("admin\nsecurity event=login_succeeded user=admin", "1.2.3.4");
    events.passwordRejected("x".repeat(10_000), "1.2.3.4");

    assertThat(log.list.get(0).getFormattedMessage())
        .doesNotContain("\n")
        .startsWith("security event=login_failed user=admin_security_event=login_succeeded");
    assertThat(log.list.get(1).getFormattedMessage().length()).isLessThan(150);
  }

  @Test
  void onlyThePublicIdOfAPresentedApiKeyIsEverLogged() {
    assertThat(ApiKeyAuthenticationFilter.publicId("fnx_ab12cd_c2VjcmV0X3NlY3JldA"))
        .isEqualTo("ab12cd");
    assertThat(ApiKeyAuthenticationFilter.publicId("Bearer whatever")).isEqualTo("malformed");
    assertThat(ApiKeyAuthenticationFilter.publicId("fnx_nosecret")).isEqualTo("malformed");
  }
}
