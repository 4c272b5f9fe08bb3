package io.finnexus.api.erasure;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.search.AlertIndexEraser;
import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.KeyedTokens;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.MasterKeyService;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.retention.erasure.AmlRecordKeepingObligation;
import io.finnexus.retention.erasure.CryptoShredTarget;
import io.finnexus.retention.erasure.ErasureLedger;
import io.finnexus.retention.erasure.ErasureLedgerTarget;
import io.finnexus.retention.erasure.ErasureService;
import io.finnexus.retention.erasure.LegalHoldObligation;
import io.finnexus.retention.erasure.PostgresRowsTarget;
import io.finnexus.retention.hold.LegalHolds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The retention module's erasure services as beans, on the API's DataSource. The master key comes
 * from {@link MasterKeySettings} (startup fails without one); AML record keeping from {@code
 * finnexus.retention.aml-record-keeping} (default P5Y); the erasure ledger from {@code
 * finnexus.retention.erasure-ledger} (default {@code erasure-ledger.tsv} in the backup directory,
 * so it travels with the backups it protects against).
 */
@Configuration(proxyBeanMethods = false)
public class ErasureConfiguration {

  @Bean
  MasterKeyService masterKeyService(Environment env) {
    try {
      return LocalMasterKeys.fromConfig(MasterKeySettings.from(env));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("master key configuration invalid: " + e.getMessage(), e);
    }
  }

  @Bean
  SubjectKeys subjectKeys(DataSource dataSource, MasterKeyService masterKeys, Environment env) {
    CipherSettings settings =
        new CipherSettings(
            env.getProperty("finnexus.retention.crypto.key-cache.size", Integer.class, 10_000),
            env.getProperty(
                "finnexus.retention.crypto.key-cache.ttl", Duration.class, Duration.ofMinutes(5)));
    return new SubjectKeys(new JdbcSubjectKeyStore(dataSource), masterKeys, settings);
  }

  /** Encrypts and decrypts personal data under the subject's data key. */
  @Bean
  PersonalDataCipher personalDataCipher(SubjectKeys keys) {
    return new EnvelopePersonalDataCipher(keys);
  }

  /** Keyed tokens of customer and account ids for the search index (never the ids themselves). */
  @Bean
  KeyedTokens searchTokens(SubjectKeys keys) {
    return new KeyedTokens(keys, SEARCH_TOKEN_OWNER);
  }

  /** Key owner of the search tokens: a technical id no erasure request may name. */
  static final String SEARCH_TOKEN_OWNER = ErasureService.TECHNICAL_KEY_PREFIX + "search-tokens";

  @Bean
  ErasureLedger erasureLedger(Environment env) {
    Path backups =
        Path.of(
            env.getProperty(
                "finnexus.backup.dir", System.getProperty("user.home") + "/.finnexus/backups"));
    return new ErasureLedger(
        env.getProperty(
            "finnexus.retention.erasure-ledger",
            Path.class,
            backups.resolve("erasure-ledger.tsv")));
  }

  @Bean
  LegalHolds legalHolds(DataSource dataSource) {
    return new LegalHolds(new TransactionAwareDataSourceProxy(dataSource));
  }

  /**
   * Requests and their audit entries share the caller's transaction (a transaction-aware
   * DataSource); the targets commit on their own, idempotently, so a retry after a failure is safe.
   * Targets run the ledger first (so a restore re-applies even a half-done erasure), then the
   * plaintext copies (search index, Kafka tombstones, archived transactions), the key shred last.
   */
  @Bean
  ErasureService erasureService(
      DataSource dataSource,
      JdbcTemplate jdbc,
      LegalHolds holds,
      SubjectKeys keys,
      AlertIndexEraser searchIndex,
      ErasureLedger ledger,
      AuditLog audit,
      Environment env) {
    Period amlPeriod =
        Period.parse(
            env.getProperty(
                AmlRecordKeepingObligation.PROPERTY,
                AmlRecordKeepingObligation.DEFAULT_PERIOD.toString()));
    return new ErasureService(
        new TransactionAwareDataSourceProxy(dataSource),
        List.of(
            new AmlRecordKeepingObligation(new JdbcBusinessRelationships(jdbc), amlPeriod),
            new LegalHoldObligation(holds)),
        List.of(
            new ErasureLedgerTarget(ledger, Clock.systemUTC()),
            new SearchIndexTarget(searchIndex),
            new KafkaTombstoneTarget(
                env.getProperty("finnexus.intake.bootstrap-servers", "localhost:9092"),
                jdbc,
                Clock.systemUTC()),
            new PostgresRowsTarget(dataSource, "monitored_transaction", "subject_id"),
            new CryptoShredTarget(keys)),
        new ApiRetentionAudit(audit),
        Clock.systemUTC());
  }
}
