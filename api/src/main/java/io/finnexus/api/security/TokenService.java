package io.finnexus.api.security;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Mints HS256 access tokens for the built-in users (absent when an external issuer is used). */
@Service
public class TokenService {

  private final ObjectProvider<JwtEncoder> encoder;
  private final SecurityProperties props;

  public TokenService(ObjectProvider<JwtEncoder> encoder, SecurityProperties props) {
    this.encoder = encoder;
    this.props = props;
  }

  public boolean available() {
    return encoder.getIfAvailable() != null;
  }

  /** A token for {@code subject} with {@code roles}, valid from {@code issuedAt} for the TTL. */
  public String issue(String subject, List<String> roles, Instant issuedAt) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(props.jwtIssuer())
            .subject(subject)
            .issuedAt(issuedAt)
            .expiresAt(issuedAt.plus(props.tokenTtl()))
            .claim(props.rolesClaim(), roles)
            .build();
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    return encoder.getObject().encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }

  public long ttlSeconds() {
    return props.tokenTtl().toSeconds();
  }
}
