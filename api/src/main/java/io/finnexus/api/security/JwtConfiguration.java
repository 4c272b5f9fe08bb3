package io.finnexus.api.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The built-in token issuer's key (HS256). Active only while no external provider is configured:
 * setting {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri})
 * hands token validation to Spring Boot's OIDC resource-server support instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
    "'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isEmpty()"
        + " and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}'.isEmpty()")
public class JwtConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(JwtConfiguration.class);

  @Bean
  SecretKey finnexusJwtKey(SecurityProperties props) {
    byte[] key;
    if (props.jwtSecret().isBlank()) {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
      LOG.warn(
          "finnexus.security.jwt-secret not set: using a random key, tokens end with this process");
    } else {
      key = Base64.getDecoder().decode(props.jwtSecret());
      if (key.length < 32) {
        throw new IllegalStateException(
            "finnexus.security.jwt-secret must decode to at least 32 bytes");
      }
    }
    return new SecretKeySpec(key, "HmacSHA256");
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey finnexusJwtKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(finnexusJwtKey));
  }

  @Bean
  JwtDecoder jwtDecoder(SecretKey finnexusJwtKey, SecurityProperties props) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(finnexusJwtKey).macAlgorithm(MacAlgorithm.HS256).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(props.jwtIssuer())));
    return decoder;
  }
}
