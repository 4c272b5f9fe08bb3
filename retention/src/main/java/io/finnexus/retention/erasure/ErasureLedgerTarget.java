package io.finnexus.retention.erasure;

import java.time.Clock;

/**
 * Records the subject in the {@link ErasureLedger}. Runs first, so that even an erasure that fails
 * half-way is repeated by {@link RestoredErasures} after a restore. Holds no readable data, so
 * nothing ever "remains" here.
 */
public final class ErasureLedgerTarget implements ErasureTarget {

  private final ErasureLedger ledger;
  private final Clock clock;

  public ErasureLedgerTarget(ErasureLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "erasure-ledger";
  }

  @Override
  public ErasureOutcome erase(String subjectId) {
    boolean added = ledger.record(subjectId, clock.instant());
    return new ErasureOutcome(
        name(),
        "file:" + ledger.file().getFileName(),
        added ? 1 : 0,
        "subject recorded as SHA-256 so that restoring an older backup erases it again");
  }

  @Override
  public long remaining(String subjectId) {
    return 0;
  }
}
