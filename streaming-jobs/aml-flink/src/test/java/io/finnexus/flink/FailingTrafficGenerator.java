package io.finnexus.flink;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.LedgerMode;
import java.util.concurrent.atomic.AtomicBoolean;

/** Synthetic traffic that throws once, at record {@code failAt}: the injected fault. */
final class FailingTrafficGenerator extends TrafficGeneratorFunction {
  private static final long serialVersionUID = 1L;
  static final AtomicBoolean FAILED = new AtomicBoolean();

  private final long failAt;

  FailingTrafficGenerator(long seed, int accounts, long spacingMillis, long failAt) {
    super(seed, accounts, spacingMillis, LedgerMode.SINGLE_ENTRY, 0);
    this.failAt = failAt;
  }

  @Override
  public ParsedTransaction map(Long index) {
    if (index == failAt && FAILED.compareAndSet(false, true)) {
      throw new IllegalStateException("injected failure at record " + failAt);
    }
    return super.map(index);
  }
}
