package io.finnexus.batch.jobs;

/** The restart tests' fault: throws in {@code step} once it has handled more than N items. */
public final class TestFaults implements FaultInjection {

  private volatile String step;
  private volatile long afterItems;

  /** Fails {@code step} as soon as it reports more than {@code items} items. */
  public void arm(String step, long items) {
    this.step = step;
    this.afterItems = items;
  }

  public void disarm() {
    step = null;
  }

  @Override
  public void check(String step, long itemsSoFar) {
    if (step.equals(this.step) && itemsSoFar > afterItems) {
      throw new IllegalStateException(
          "injected fault in " + step + " after " + afterItems + " items");
    }
  }
}
