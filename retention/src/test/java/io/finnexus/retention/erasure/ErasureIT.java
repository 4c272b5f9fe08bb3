package io.finnexus.retention.erasure;

import static io.finnexus.retention.RetentionDatabase.longValue;
import static io.finnexus.retention.RetentionDatabase.sql;
import static io.finnexus.retention.RetentionDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.retention.RetentionDatabase;
import io.finnexus.retention.audit.JdbcRetentionAudit;
import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.retention.erasure.BusinessRelationships.Relationship;
import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.hold.LegalHolds;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure, PostgreSQL part: encrypted personal data in several tables plus a plaintext copy (a
 * search staging table). alice and bob may be erased; carol is under a legal hold; dave left two
 * years ago (AML record keeping); erin is an active customer.
 */
class ErasureIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final List<String> SUBJECTS = List.of("alice", "bob", "carol", "dave", "erin");
  private static int databases;

  private DataSource db;
  private SubjectKeys keys;
  private PersonalDataCipher cipher;
  private LegalHolds holds;
  private ErasureService erasure;
  private UUID carolsHold;

  @BeforeEach
  void setUp() throws SQLException {
    db = RetentionDatabase.fresh("erasure_" + (++databases));
    byte[] master = new byte[32];
    new SecureRandom().nextBytes(master);
    keys =
        new SubjectKeys(
            new JdbcSubjectKeyStore(db),
            new LocalMasterKeys(1, Map.of(1, master)),
            CipherSettings.DEFAULTS);
    cipher = new EnvelopePersonalDataCipher(keys);
    holds = new LegalHolds(db);
    Map<String, Relationship> customers =
        Map.of(
            "alice", new Relationship(LocalDate.of(2012, 1, 1), LocalDate.of(2019, 12, 31)),
            "bob", new Relationship(LocalDate.of(2012, 1, 1), LocalDate.of(2020, 1, 31)),
            "carol", new Relationship(LocalDate.of(2012, 1, 1), LocalDate.of(2018, 1, 31)),
            "dave", new Relationship(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 5, 15)),
            "erin", new Relationship(LocalDate.of(2022, 1, 1), null));
    erasure =
        new ErasureService(
            db,
            List.of(
                new LegalHoldObligation(holds),
                new AmlRecordKeepingObligation(
                    id -> Optional.ofNullable(customers.get(id)),
                    AmlRecordKeepingObligation.DEFAULT_PERIOD)),
            List.of(
                new PostgresRowsTarget(db, "search_staging", "subject_id"),
                new CryptoShredTarget(keys)),
            new JdbcRetentionAudit(db),
            CLOCK);
    seed();
    carolsHold = holds.place(HoldScope.CUSTOMER, "carol", "subpoena 2026-17", "officer-1");
  }

  @Test
  void an_erased_subject_has_no_readable_personal_data_and_the_others_are_intact()
      throws SQLException {
    ErasureRequest request = erasure.receive("alice", "web-form");
    erasure.verify(request.id(), "officer-1");

    ErasureRequest executed = erasure.execute(request.id());

    assertThat(executed.state()).isEqualTo(ErasureState.EXECUTED);
    assertThat(executed.outcomes())
        .extracting(ErasureOutcome::location, ErasureOutcome::erased)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("postgresql:search_staging", 3L),
            org.assertj.core.groups.Tuple.tuple("postgresql:subject_key", 1L));
    assertThat(readable("alice")).as("alice's encrypted values").isEmpty();
    assertThat(longValue(db, "SELECT count(*) FROM search_staging WHERE subject_id = 'alice'"))
        .isZero();
    assertThat(longValue(db, "SELECT count(*) FROM customer_profile WHERE subject_id = 'alice'"))
        .as("rows stay (aggregates the law may need), their personal data is unreadable")
        .isEqualTo(1);
    for (String other : List.of("bob", "carol", "dave", "erin")) {
      assertThat(readable(other)).as(other).containsExactlyInAnyOrderElementsOf(expected(other));
      assertThat(
              longValue(
                  db, "SELECT count(*) FROM search_staging WHERE subject_id = '" + other + "'"))
          .isEqualTo(3);
    }

    ErasureRequest confirmed = erasure.confirm(request.id());
    assertThat(confirmed.state()).isEqualTo(ErasureState.CONFIRMED);
    assertThat(confirmed.outcomes()).hasSize(2);
    assertThat(text(db, "SELECT string_agg(details, '|') FROM retention_audit"))
        .doesNotContain("Alice")
        .doesNotContain("DE00");
  }

  @Test
  void a_request_is_not_confirmed_before_a_store_that_erases_later_has_done_so() {
    Instant[] now = {CLOCK.instant()};
    Clock moving =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    ErasureTarget compactedLater =
        new ErasureTarget() {
          @Override
          public String name() {
            return "compacted-later";
          }

          @Override
          public ErasureOutcome erase(String subjectId) {
            return new ErasureOutcome(
                name(), "kafka:t", 2, "tombstones", moving.instant().plusSeconds(3600));
          }

          @Override
          public long remaining(String subjectId) {
            return 0;
          }
        };
    ErasureService service =
        new ErasureService(
            db, List.of(), List.of(compactedLater), new JdbcRetentionAudit(db), moving);
    ErasureRequest request = service.receive("bob", "web-form");
    service.verify(request.id(), "officer-1");
    ErasureRequest executed = service.execute(request.id());
    assertThat(executed.outcomes().get(0).completeBy())
        .isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));

    assertThatThrownBy(() -> service.confirm(request.id()))
        .isInstanceOf(ErasureRejected.class)
        .hasMessageContaining("compacted-later (kafka:t) until 2026-06-01T10:00:00Z");
    assertThat(service.status(request.id()).orElseThrow().state()).isEqualTo(ErasureState.EXECUTED);

    now[0] = now[0].plusSeconds(3600);
    assertThat(service.confirm(request.id()).state()).isEqualTo(ErasureState.CONFIRMED);
  }

  @Test
  void
      a_subject_under_legal_hold_or_aml_retention_is_deferred_with_its_reason_and_nothing_is_erased()
          throws SQLException {
    ErasureRequest carol = verified("carol");
    ErasureRequest dave = verified("dave");
    ErasureRequest erin = verified("erin");

    ErasureRequest carolResult = erasure.execute(carol.id());
    ErasureRequest daveResult = erasure.execute(dave.id());
    ErasureRequest erinResult = erasure.execute(erin.id());

    assertThat(carolResult.state()).isEqualTo(ErasureState.DEFERRED);
    assertThat(carolResult.reason())
        .contains("legal hold " + carolsHold)
        .doesNotContain("subpoena");
    assertThat(carolResult.deferredUntil()).isNull();
    assertThat(daveResult.state()).isEqualTo(ErasureState.DEFERRED);
    assertThat(daveResult.reason()).contains("AML record keeping").contains("2024-05-15");
    assertThat(daveResult.deferredUntil()).isEqualTo(LocalDate.of(2029, 5, 15));
    assertThat(erinResult.reason()).contains("still active");
    for (String subject : List.of("carol", "dave", "erin")) {
      assertThat(readable(subject))
          .as(subject)
          .containsExactlyInAnyOrderElementsOf(expected(subject));
      assertThat(
              longValue(
                  db, "SELECT count(*) FROM search_staging WHERE subject_id = '" + subject + "'"))
          .isEqualTo(3);
    }

    holds.release(carolsHold, "officer-2");
    List<ErasureRequest> reevaluated = erasure.reevaluateDeferred();

    assertThat(reevaluated)
        .extracting(ErasureRequest::subjectId, ErasureRequest::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("carol", ErasureState.EXECUTED),
            org.assertj.core.groups.Tuple.tuple("dave", ErasureState.DEFERRED),
            org.assertj.core.groups.Tuple.tuple("erin", ErasureState.DEFERRED));
    assertThat(readable("carol")).isEmpty();
  }

  @Test
  void requests_move_only_along_the_lifecycle() throws SQLException {
    ErasureRequest request = erasure.receive("bob", "email");

    assertThatThrownBy(() -> erasure.execute(request.id()))
        .isInstanceOf(ErasureRejected.class)
        .hasMessageContaining("RECEIVED");
    assertThatThrownBy(() -> erasure.confirm(request.id())).isInstanceOf(ErasureRejected.class);
    assertThat(readable("bob")).hasSize(4);
    assertThatThrownBy(() -> erasure.receive(" ", "email")).isInstanceOf(ErasureRejected.class);
  }

  @Test
  void after_a_backup_restore_reapplying_erasures_makes_the_subject_unreadable_again()
      throws SQLException {
    sql(
        db,
        "CREATE TABLE subject_key_backup AS SELECT * FROM subject_key",
        "CREATE TABLE staging_backup AS SELECT * FROM search_staging");
    erasure.execute(erasure.verify(erasure.receive("alice", "web-form").id(), "officer-1").id());
    sql(
        db,
        "DELETE FROM subject_key",
        "INSERT INTO subject_key SELECT * FROM subject_key_backup",
        "DELETE FROM search_staging",
        "INSERT INTO search_staging SELECT * FROM staging_backup");
    assertThat(readable("alice")).as("the restore brought alice's key back").hasSize(4);

    assertThat(erasure.reapplyAfterRestore()).isEqualTo(1);

    assertThat(readable("alice")).isEmpty();
    assertThat(longValue(db, "SELECT count(*) FROM search_staging WHERE subject_id = 'alice'"))
        .isZero();
    assertThat(readable("bob")).hasSize(4);
  }

  private ErasureRequest verified(String subject) {
    return erasure.verify(erasure.receive(subject, "web-form").id(), "officer-1");
  }

  private static List<String> expected(String subject) {
    String cap = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    return List.of(
        cap + " Example",
        "DE00 " + subject.length() + "000 0000",
        "1 " + cap + " Street",
        "rent for " + cap);
  }

  /** Every personal value of the subject that still decrypts, across both tables. */
  private List<String> readable(String subject) throws SQLException {
    List<String> values = new ArrayList<>();
    String sql =
        "SELECT 'name', name_token FROM customer_profile WHERE subject_id = ?"
            + " UNION ALL SELECT 'iban', iban_token FROM customer_profile WHERE subject_id = ?"
            + " UNION ALL SELECT 'address', address_token FROM customer_profile WHERE subject_id = ?"
            + " UNION ALL SELECT 'memo', memo_token FROM txn_memo WHERE subject_id = ?";
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= 4; i++) {
        ps.setString(i, subject);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          cipher.decrypt(subject, rs.getString(1), rs.getString(2)).ifPresent(values::add);
        }
      }
    }
    return values;
  }

  private void seed() throws SQLException {
    sql(
        db,
        "CREATE TABLE customer_profile (subject_id TEXT PRIMARY KEY, name_token TEXT, iban_token TEXT,"
            + " address_token TEXT)",
        "CREATE TABLE txn_memo (id SERIAL PRIMARY KEY, subject_id TEXT, memo_token TEXT)",
        "CREATE TABLE search_staging (subject_id TEXT, name TEXT)");
    try (Connection c = db.getConnection();
        PreparedStatement profile =
            c.prepareStatement("INSERT INTO customer_profile VALUES (?, ?, ?, ?)");
        PreparedStatement memo =
            c.prepareStatement("INSERT INTO txn_memo (subject_id, memo_token) VALUES (?, ?)");
        PreparedStatement staging =
            c.prepareStatement("INSERT INTO search_staging VALUES (?, ?)")) {
      for (String s : SUBJECTS) {
        List<String> v = expected(s);
        profile.setString(1, s);
        profile.setString(2, cipher.encrypt(s, "name", v.get(0)));
        profile.setString(3, cipher.encrypt(s, "iban", v.get(1)));
        profile.setString(4, cipher.encrypt(s, "address", v.get(2)));
        profile.executeUpdate();
        memo.setString(1, s);
        memo.setString(2, cipher.encrypt(s, "memo", v.get(3)));
        memo.executeUpdate();
        for (int i = 0; i < 3; i++) {
          staging.setString(1, s);
          staging.setString(2, v.get(0));
          staging.executeUpdate();
        }
      }
    }
  }
}
