package io.finnexus.retention.crypto;

import static io.finnexus.retention.RetentionDatabase.longValue;
import static io.finnexus.retention.RetentionDatabase.sql;
import static io.finnexus.retention.RetentionDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.retention.RetentionDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Master-key rotation against the real key store: re-wrap only, data untouched. */
class KeyRotationIT {

  private static final String[] FIELDS = {"name", "iban", "address", "memo"};
  private static final int SUBJECTS = 2_000;

  @Test
  void after_rotation_all_data_reads_with_only_the_new_master_key() throws SQLException {
    DataSource db = RetentionDatabase.fresh("key_rotation");
    JdbcSubjectKeyStore store = new JdbcSubjectKeyStore(db);
    SubjectKeys v1Keys = new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS);
    encryptAll(db, new EnvelopePersonalDataCipher(v1Keys));
    for (int i = 0; i < 10; i++) {
      v1Keys.shred("subject-" + i);
    }
    String dataBefore =
        text(
            db, "SELECT md5(string_agg(token, ',' ORDER BY subject_id, field)) FROM personal_data");
    String wrappedBefore =
        text(
            db,
            "SELECT md5(string_agg(wrapped_key::text, ',' ORDER BY subject_id)) FROM subject_key");

    var result = new MasterKeyRotation(store, TestKeys.ring(2, 1, 2), 500).run();

    assertThat(result.rewrapped()).isEqualTo(SUBJECTS - 10);
    assertThat(result.remainingOnOldVersions()).isZero();
    assertThat(store.countLiveOnVersion(1)).isZero();
    assertThat(
            text(
                db,
                "SELECT md5(string_agg(token, ',' ORDER BY subject_id, field)) FROM personal_data"))
        .as("no stored value was re-encrypted")
        .isEqualTo(dataBefore);
    assertThat(
            text(
                db,
                "SELECT md5(string_agg(wrapped_key::text, ',' ORDER BY subject_id)) FROM subject_key"))
        .as("every data key was re-wrapped")
        .isNotEqualTo(wrappedBefore);

    // the old master key is gone from configuration: a cold process with only version 2
    PersonalDataCipher v2Only =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(2, 2), CipherSettings.DEFAULTS));
    assertThat(readAll(db, v2Only)).isEqualTo((long) (SUBJECTS - 10) * FIELDS.length);
    assertThat(longValue(db, "SELECT count(*) FROM subject_key WHERE shredded_at IS NOT NULL"))
        .isEqualTo(10);
  }

  private static void encryptAll(DataSource db, PersonalDataCipher cipher) throws SQLException {
    sql(
        db,
        "CREATE TABLE personal_data (subject_id TEXT, field TEXT, token TEXT, PRIMARY KEY (subject_id, field))");
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO personal_data VALUES (?, ?, ?)")) {
      for (int i = 0; i < SUBJECTS; i++) {
        for (String field : FIELDS) {
          ps.setString(1, "subject-" + i);
          ps.setString(2, field);
          ps.setString(3, cipher.encrypt("subject-" + i, field, field + " of subject " + i));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** Decrypts every stored value; returns how many read back correctly (shredded read empty). */
  private static long readAll(DataSource db, PersonalDataCipher cipher) throws SQLException {
    long readable = 0;
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT subject_id, field, token FROM personal_data");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String subject = rs.getString(1);
        String field = rs.getString(2);
        var plain = cipher.decrypt(subject, field, rs.getString(3));
        int n = Integer.parseInt(subject.substring("subject-".length()));
        if (n < 10) {
          assertThat(plain).as("shredded %s", subject).isEmpty();
        } else {
          assertThat(plain).contains(field + " of subject " + n);
          readable++;
        }
      }
    }
    return readable;
  }
}
