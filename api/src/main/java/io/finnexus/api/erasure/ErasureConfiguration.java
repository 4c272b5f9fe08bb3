package io.finnexus.api.erasure;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.search.AlertIndexEraser;
import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.JdbcSubjectKeyStore;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.MasterKeyService;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.retention.erasure.AmlRecordKeepingObligation;
import io.finnexus.retention.erasure.CryptoShredTarget;
import io.finnexus.retention.erasure.ErasureService;
import io.finnexus.retention.erasure.LegalHoldObligation;
import io.finnexus.retention.hold.LegalHolds;
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
 * finnexus.retention.aml-record-keeping} (default P5Y).
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

  @Bean
  LegalHolds legalHolds(DataSource dataSource) {
    return new LegalHolds(new TransactionAwareDataSourceProxy(dataSource));
  }

  /**
   * Requests and their audit entries share the caller's transaction (a transaction-aware
   * DataSource); the targets commit on their own, idempotently, so a retry after a failure is safe.
   * Targets run plaintext copies first, the key shred last.
   */
  @Bean
  ErasureService erasureService(
      DataSource dataSource,
      JdbcTemplate jdbc,
      LegalHolds holds,
      SubjectKeys keys,
      AlertIndexEraser searchIndex,
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
        List.of(new SearchIndexTarget(searchIndex), new CryptoShredTarget(keys)),
        new ApiRetentionAudit(audit),
        Clock.systemUTC());
  }
}
