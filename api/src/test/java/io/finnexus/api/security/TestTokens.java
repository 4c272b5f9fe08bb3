package io.finnexus.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Mints HS256 tokens the way an attacker or a clock would: expired, foreign key, wrong issuer. */
final class TestTokens {

  private TestTokens() {}

  static String mint(
      String base64Key,
      String issuer,
      String subject,
      List<String> roles,
      Instant issued,
      Instant expires) {
    try {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(subject)
              .issueTime(Date.from(issued))
              .expirationTime(Date.from(expires))
              .claim("roles", roles)
              .build();
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(Base64.getDecoder().decode(base64Key)));
      return jwt.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
