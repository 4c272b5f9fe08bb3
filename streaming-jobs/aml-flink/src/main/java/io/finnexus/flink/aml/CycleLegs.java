package io.finnexus.flink.aml;

import io.finnexus.flink.event.TracedLeg;
import io.finnexus.scoring.movement.Movement;
import org.apache.flink.api.common.functions.FilterFunction;

/**
 * Keeps the legs the cycle stages need: transfers between two different monitored accounts (the
 * sender's OUT leg, and the receiver's IN leg when the feed reports it). Cash, card spend and
 * payments to outside accounts never take part in a loop, so the stages never see them.
 */
public final class CycleLegs implements FilterFunction<TracedLeg> {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean filter(TracedLeg traced) {
    Movement leg = traced.leg;
    return !leg.isCard()
        && leg.counterpartyMonitored()
        && !leg.account().equals(leg.counterparty())
        && !(leg.inbound() && leg.synthesized());
  }
}
