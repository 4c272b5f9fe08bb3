package io.finnexus.api.erasure;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.batch.backup.BackupKey;
import io.finnexus.batch.backup.BackupStore;
import io.finnexus.batch.backup.FullRestore;
import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.MasterKeyService;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.retention.erasure.ErasureLedger;
import io.finnexus.retention.erasure.RestoredErasures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup restored into a fresh database of the embedded PostgreSQL (the real recovery path of
 * {@code finnexus restore}), read with the same master key as the live system.
 */
final class RestoredDatabase implements AutoCloseable {

  private final PGSimpleDataSource dataSource;
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  private RestoredDatabase(PGSimpleDataSource dataSource, MasterKeyService masterKeys) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.cipher =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(
                new JdbcSubjectKeyStore(dataSource),
                masterKeys,
                new CipherSettings(16, Duration.ZERO)));
  }

  static RestoredDatabase restore(Path backupDir, String backupId, MasterKeyService masterKeys)
      throws Exception {
    String name = "fnx_restored_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(EmbeddedServers.postgres().createDatabase(name));
    ds.setUser(EmbeddedServers.postgres().user());
    ds.setPassword(EmbeddedServers.postgres().password());
    new FullRestore(new BackupStore(backupDir), BackupKey.fromBase64(ApiTestSupport.BACKUP_KEY))
        .restore(backupId, ds, null, n -> n, line -> {});
    return new RestoredDatabase(ds, masterKeys);
  }

  /** Re-applies the erasure ledger, as {@code finnexus restore} does after loading. */
  RestoredErasures.Result reapply(ErasureLedger ledger) {
    return new RestoredErasures(
            dataSource,
            ledger,
            List.of(new RestoredErasures.SubjectRows("monitored_transaction", "subject_id")))
        .reapply();
  }

  /** The alert's summary decrypted with the restored key store; empty when its key is gone. */
  Optional<String> summaryOf(String alertId, String subject) {
    String token =
        jdbc.queryForObject("SELECT summary FROM alert WHERE alert_id = ?", String.class, alertId);
    return cipher.decrypt(subject, PersonalFields.ALERT_SUMMARY, token);
  }

  long archivedRows(String account) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM monitored_transaction WHERE account_id = ?", Long.class, account);
  }

  @Override
  public void close() {}
}
