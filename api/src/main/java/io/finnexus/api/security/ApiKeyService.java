package io.finnexus.api.security;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for machine clients. A key is {@code fnx_<id>_<secret>} with a 256-bit random secret;
 * only its SHA-256 is stored, so a database leak reveals no usable key. Shown once, at creation.
 */
@Service
public class ApiKeyService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  public ApiKeyService(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A key's public facts. */
  public record KeyInfo(
      String keyId,
      String name,
      List<String> roles,
      String createdBy,
      Instant createdAt,
      Instant revokedAt) {}

  /** The result of creation: the only time the key itself is returned. */
  public record NewKey(String key, KeyInfo info) {}

  /** The caller behind a valid key. */
  public record Principal(String keyId, String name, List<String> roles) {}

  @Transactional
  public NewKey create(String name, List<String> roles, String actor) {
    List<String> unknown = roles.stream().filter(r -> !Roles.ALL.contains(r)).toList();
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest("roles", "unknown roles: " + unknown);
    }
    String keyId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String key =
        "fnx_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO api_key (key_id, name, key_hash, roles, created_by) VALUES (?, ?, ?, ?, ?)");
          ps.setString(1, keyId);
          ps.setString(2, name);
          ps.setString(3, sha256(key));
          ps.setArray(4, con.createArrayOf("text", roles.toArray()));
          ps.setString(5, actor);
          return ps;
        });
    audit.change(
        actor,
        "API_KEY_CREATE",
        "api_key",
        keyId,
        Map.of("name", name, "roles", String.join(",", roles)));
    return new NewKey(key, find(keyId).orElseThrow());
  }

  @Transactional
  public KeyInfo revoke(String keyId, String actor) {
    int n =
        jdbc.update(
            "UPDATE api_key SET revoked_at = now(), revoked_by = ? WHERE key_id = ? AND revoked_at IS NULL",
            actor,
            keyId);
    KeyInfo info = find(keyId).orElseThrow(() -> ApiException.notFound("API key", keyId));
    if (n == 1) {
      audit.change(actor, "API_KEY_REVOKE", "api_key", keyId, Map.of());
    }
    return info;
  }

  public List<KeyInfo> list() {
    return jdbc.query("SELECT * FROM api_key ORDER BY created_at DESC", (rs, n) -> info(rs));
  }

  /** The principal of a presented key, if it is known and not revoked. */
  public Optional<Principal> authenticate(String presented) {
    if (presented == null || presented.length() > 200 || !presented.startsWith("fnx_")) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "SELECT key_id, name, roles FROM api_key WHERE key_hash = ? AND revoked_at IS NULL",
            (rs, n) -> new Principal(rs.getString(1), rs.getString(2), strings(rs.getArray(3))),
            sha256(presented))
        .stream()
        .findFirst();
  }

  private Optional<KeyInfo> find(String keyId) {
    return jdbc.query("SELECT * FROM api_key WHERE key_id = ?", (rs, n) -> info(rs), keyId).stream()
        .findFirst();
  }

  private static KeyInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
    return new KeyInfo(
        rs.getString("key_id"),
        rs.getString("name"),
        strings(rs.getArray("roles")),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }

  private static List<String> strings(Array array) throws java.sql.SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
