package io.finnexus.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain hash: SHA-256 over a canonical JSON array {@code [prev_hash, at, actor, action,
 * subject_type, subject_id, {details sorted by key}]}. JSON quoting keeps field boundaries
 * unambiguous, so no two different entries share an input.
 */
final class AuditHash {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditHash() {}

  static String of(String prevHash, AuditEntry entry) {
    List<Object> fields = new ArrayList<>();
    fields.add(prevHash);
    fields.add(entry.at().toString());
    fields.add(entry.actor());
    fields.add(entry.action());
    fields.add(entry.subjectType());
    fields.add(entry.subjectId());
    fields.add(entry.details());
    return sha256(JSON.writeValueAsString(fields));
  }

  static String detailsJson(AuditEntry entry) {
    return JSON.writeValueAsString(entry.details());
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
