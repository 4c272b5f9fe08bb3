package io.finnexus.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  private static AuditEntry entry(String actor, Map<String, String> details) {
    return new AuditEntry(
        Instant.parse("2026-01-01T00:00:00.123456789Z"),
        actor,
        "ALERT_READ",
        "alert",
        "A-1",
        new TreeMap<>(details));
  }

  @Test
  void theHashCoversEveryFieldAndThePredecessor() {
    String base = AuditHash.of("p", entry("officer", Map.of("k", "v")));
    assertThat(AuditHash.of("p", entry("officer", Map.of("k", "v")))).isEqualTo(base);
    assertThat(AuditHash.of("q", entry("officer", Map.of("k", "v")))).isNotEqualTo(base);
    assertThat(AuditHash.of(null, entry("officer", Map.of("k", "v")))).isNotEqualTo(base);
    assertThat(AuditHash.of("p", entry("officer2", Map.of("k", "v")))).isNotEqualTo(base);
    assertThat(AuditHash.of("p", entry("officer", Map.of("k", "w")))).isNotEqualTo(base);
  }

  @Test
  void fieldBoundariesAreUnambiguous() {
    AuditEntry a = new AuditEntry(Instant.EPOCH, "ab", "c", "t", "s", new TreeMap<>());
    AuditEntry b = new AuditEntry(Instant.EPOCH, "a", "bc", "t", "s", new TreeMap<>());
    assertThat(AuditHash.of(null, a)).isNotEqualTo(AuditHash.of(null, b));
  }

  @Test
  void timeIsKeptToThePrecisionTheDatabaseStores() {
    assertThat(entry("x", Map.of()).at()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
  }
}
