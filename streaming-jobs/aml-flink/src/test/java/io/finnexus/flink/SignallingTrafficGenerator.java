package io.finnexus.flink;

import io.finnexus.flink.bench.TrafficGeneratorFunction;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.LedgerMode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic traffic that tells the test when record {@code signalAt} is generated (so the test can
 * kill a TaskManager mid-stream) and notices when records are generated a second time, which only
 * happens when the job restarted from a checkpoint.
 */
final class SignallingTrafficGenerator extends TrafficGeneratorFunction {
  private static final long serialVersionUID = 1L;
  static final CountDownLatch REACHED = new CountDownLatch(1);
  static final AtomicBoolean REPLAYED = new AtomicBoolean();
  private static final AtomicLong HIGHEST = new AtomicLong(-1);

  private final long signalAt;

  SignallingTrafficGenerator(long seed, int accounts, long spacingMillis, long signalAt) {
    super(seed, accounts, spacingMillis, LedgerMode.SINGLE_ENTRY, 0);
    this.signalAt = signalAt;
  }

  @Override
  public ParsedTransaction map(Long index) {
    if (index <= HIGHEST.getAndAccumulate(index, Math::max)) {
      REPLAYED.set(true);
    }
    if (index == signalAt) {
      REACHED.countDown();
    }
    return super.map(index);
  }
}
