package io.finnexus.api.alert;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counter {@code finnexus.dispositions{disposition}}: alerts closed, by outcome. */
@Component
public class DispositionMetrics {

  private final MeterRegistry registry;

  public DispositionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void disposed(Disposition disposition, int alerts) {
    registry.counter("finnexus.dispositions", "disposition", disposition.wire()).increment(alerts);
  }
}
