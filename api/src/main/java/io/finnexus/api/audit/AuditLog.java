package io.finnexus.api.audit;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features call: {@link #change} for a state change (written in the same transaction as the
 * change, so neither exists without the other) and {@link #read} for an access to personal data
 * (durable before the response is sent, batched with concurrent reads by {@link ReadAuditWriter}).
 */
@Service
public class AuditLog {

  private final AuditAppender appender;
  private final ReadAuditWriter reads;

  public AuditLog(AuditAppender appender, ReadAuditWriter reads) {
    this.appender = appender;
    this.reads = reads;
  }

  /** Records a state change; must run inside the transaction that makes the change. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void change(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Map<String, String> details) {
    appender.append(List.of(AuditEntry.now(actor, action, subjectType, subjectId, details)));
  }

  /** Records a read of personal data; returns once the entry is committed. */
  public void read(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Map<String, String> details) {
    reads.write(AuditEntry.now(actor, action, subjectType, subjectId, details));
  }
}
