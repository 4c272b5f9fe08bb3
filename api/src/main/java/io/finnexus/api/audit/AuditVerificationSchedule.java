package io.finnexus.api.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain on a schedule ({@code finnexus.audit.verify-interval}, default hourly;
 * first a minute after start), so {@link AuditChainMetrics} reports a tampered log without anyone
 * calling {@code GET /audit/verify}.
 */
@Component
public class AuditVerificationSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(AuditVerificationSchedule.class);

  private final AuditVerifier verifier;

  public AuditVerificationSchedule(AuditVerifier verifier) {
    this.verifier = verifier;
  }

  @Scheduled(fixedDelayString = "${finnexus.audit.verify-interval:1h}", initialDelay = 60_000)
  public void verify() {
    AuditVerifier.Result result = verifier.verify();
    if (!result.valid()) {
      LOG.error(
          "audit chain broken at seq {}: {} ({} entries read)",
          result.brokenAtSeq(),
          result.reason(),
          result.entries());
    }
  }
}
