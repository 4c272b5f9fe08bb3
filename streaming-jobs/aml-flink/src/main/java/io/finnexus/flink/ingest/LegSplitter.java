package io.finnexus.flink.ingest;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.scoring.movement.Movement;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Emits each account leg of a transaction (the scoring core's cross-key expansion, done by the
 * parser) with the transaction's trace context, so the job can key every leg by its own account: a
 * transfer updates both sides, and an alert on either side continues the transaction's trace.
 */
public final class LegSplitter implements FlatMapFunction<ParsedTransaction, TracedLeg> {
  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(ParsedTransaction record, Collector<TracedLeg> out) {
    for (Movement leg : record.legs) {
      out.collect(new TracedLeg(leg, record.traceparent));
    }
  }
}
