package io.finnexus.flink.event;

import io.finnexus.scoring.movement.Movement;

/**
 * One account leg on its way to the keyed operators, with the W3C {@code traceparent} of the
 * transaction it belongs to (null if the record came without one). The scoring core's {@link
 * Movement} stays free of tracing; the job carries the context beside it (README "Tracing").
 */
public class TracedLeg {
  public Movement leg;

  /** The transaction's {@code traceparent}, null if none. */
  public String traceparent;

  public TracedLeg() {}

  public TracedLeg(Movement leg, String traceparent) {
    this.leg = leg;
    this.traceparent = traceparent;
  }

  /** The key of the leg: its account. */
  public String account() {
    return leg.account();
  }

  @Override
  public String toString() {
    return leg.toString();
  }
}
