package io.finnexus.retention.erasure;

import static io.finnexus.retention.RetentionDatabase.longValue;
import static io.finnexus.retention.RetentionDatabase.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.retention.RetentionDatabase;
import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database "restored" to its state before an erasure (the same rows and live key) is erased again
 * from the ledger: the subject's key is shredded and plaintext rows deleted, other subjects
 * untouched; the ledger names nobody in clear; re-applying twice changes nothing.
 */
class RestoredErasuresIT {

  private static final byte[] MASTER = seed();

  @TempDir Path dir;

  @Test
  void aRestoredDatabaseForgetsTheLedgersSubjectsAgain() throws Exception {
    DataSource restored = RetentionDatabase.fresh("restored_erasures");
    sql(restored, "CREATE TABLE archive (subject_id text, account text)");
    sql(
        restored,
        "INSERT INTO archive VALUES ('alice', 'DE89 3704 0044'), ('alice', 'DE89 3704 0044'),"
            + " ('bob', 'FR14 2004 1010')");
    PersonalDataCipher cipher = cipher(restored);
    String aliceName = cipher.encrypt("alice", "name", "Alice Example");
    String bobName = cipher.encrypt("bob", "name", "Bob Example");

    ErasureLedger ledger = new ErasureLedger(dir.resolve("erasure-ledger.tsv"));
    assertThat(ledger.record("alice", Instant.parse("2026-01-02T03:04:05Z"))).isTrue();
    assertThat(ledger.record("alice", Instant.now())).isFalse();
    assertThat(ledger.record("zoe-never-seen-here", Instant.now())).isTrue();
    assertThat(Files.readString(ledger.file())).doesNotContain("alice", "zoe");

    RestoredErasures reapply =
        new RestoredErasures(
            restored, ledger, List.of(new RestoredErasures.SubjectRows("archive", "subject_id")));
    RestoredErasures.Result result = reapply.reapply();

    assertThat(result).isEqualTo(new RestoredErasures.Result(1, 1, 2));
    PersonalDataCipher fresh = cipher(restored);
    assertThat(fresh.decrypt("alice", "name", aliceName)).isEmpty();
    assertThat(fresh.decrypt("bob", "name", bobName)).contains("Bob Example");
    assertThat(longValue(restored, "SELECT count(*) FROM archive WHERE subject_id = 'alice'"))
        .isZero();
    assertThat(longValue(restored, "SELECT count(*) FROM archive WHERE subject_id = 'bob'"))
        .isEqualTo(1);
    assertThat(reapply.reapply()).isEqualTo(new RestoredErasures.Result(1, 0, 0));
    assertThat(
            longValue(
                restored,
                "SELECT count(*) FROM retention_audit WHERE action = 'erasure.reapplied'"))
        .isEqualTo(2);
  }

  private static PersonalDataCipher cipher(DataSource db) {
    return new EnvelopePersonalDataCipher(
        new SubjectKeys(
            new JdbcSubjectKeyStore(db),
            new LocalMasterKeys(1, Map.of(1, MASTER)),
            new CipherSettings(16, Duration.ofMinutes(1))));
  }

  private static byte[] seed() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
