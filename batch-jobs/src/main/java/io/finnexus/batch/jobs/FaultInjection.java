package io.finnexus.batch.jobs;

/**
 * A hook the jobs call after each unit of committed-to-be work, so that restart tests can make a
 * job fail part-way. Production never defines a bean of this type and gets {@link #NONE}; a test
 * configuration defines one that throws after N items.
 */
@FunctionalInterface
public interface FaultInjection {

  FaultInjection NONE = (step, itemsSoFar) -> {};

  /**
   * Called by {@code step} with the number of items it has handled so far in this execution, before
   * they are committed; throwing fails the step and rolls that unit back.
   */
  void check(String step, long itemsSoFar);
}
