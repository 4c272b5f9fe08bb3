package io.finnexus.flink.ingest;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.scoring.movement.Movement;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Emits each account leg of a transaction (the scoring core's cross-key expansion, done by the
 * parser), so the job can key every leg by its own account: a transfer updates both sides.
 */
public final class LegSplitter implements FlatMapFunction<ParsedTransaction, Movement> {
  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(ParsedTransaction record, Collector<Movement> out) {
    for (Movement leg : record.legs) {
      out.collect(leg);
    }
  }
}
