package io.finnexus.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class FastBearerTokenResolverTest {

  private static String resolve(String header) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    if (header != null) {
      request.addHeader("Authorization", header);
    }
    return new FastBearerTokenResolver().resolve(request);
  }

  @Test
  void acceptsToken68AndRejectsAnythingElse() {
    assertThat(resolve("Bearer abc.DEF-ghi_~+/==")).isEqualTo("abc.DEF-ghi_~+/==");
    assertThat(resolve("bearer x")).isEqualTo("x");
    assertThat(resolve(null)).isNull();
    assertThat(resolve("Basic dXNlcg==")).isNull();
    assertThatThrownBy(() -> resolve("Bearer a b"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThatThrownBy(() -> resolve("Bearer ")).isInstanceOf(OAuth2AuthenticationException.class);
    assertThatThrownBy(() -> resolve("Bearer =="))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }
}
