package io.finnexus.api.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The outcome of every chain verification: gauge {@code finnexus.audit.chain.valid} (1 valid, 0
 * broken; absent until the first verification of this process) and counter {@code
 * finnexus.audit.verifications{result=valid|broken}} (both results registered at zero, so the first
 * broken verification is an increase).
 */
@Component
public class AuditChainMetrics {

  private final MeterRegistry registry;
  private final Counter valid;
  private final Counter broken;
  private final AtomicInteger chainValid = new AtomicInteger();

  public AuditChainMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.valid = registry.counter("finnexus.audit.verifications", "result", "valid");
    this.broken = registry.counter("finnexus.audit.verifications", "result", "broken");
  }

  void verified(AuditVerifier.Result result) {
    chainValid.set(result.valid() ? 1 : 0);
    Gauge.builder("finnexus.audit.chain.valid", chainValid, AtomicInteger::get)
        .description("1 when the last audit chain verification found the chain intact, else 0")
        .register(registry);
    (result.valid() ? valid : broken).increment();
  }
}
