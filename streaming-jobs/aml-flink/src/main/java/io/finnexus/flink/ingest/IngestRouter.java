package io.finnexus.flink.ingest;

import io.finnexus.flink.event.ParsedTransaction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The first step after the source: rejected records go to {@link #DEAD_LETTERS} (then {@code
 * transactions.dlq}), valid records behind the watermark go to {@link #LATE} (counted, written out
 * for a replay, not scored: their window has been judged), everything else goes on. Nothing is
 * dropped silently; the metrics {@code deadLetters} and {@code lateTransactions} count the two side
 * outputs.
 */
public final class IngestRouter extends ProcessFunction<ParsedTransaction, ParsedTransaction> {
  private static final long serialVersionUID = 1L;

  public static final OutputTag<ParsedTransaction> DEAD_LETTERS =
      new OutputTag<>("dead-letters", TypeInformation.of(ParsedTransaction.class)) {};
  public static final OutputTag<ParsedTransaction> LATE =
      new OutputTag<>("late-transactions", TypeInformation.of(ParsedTransaction.class)) {};

  private transient Counter deadLetters;
  private transient Counter late;

  @Override
  public void open(OpenContext openContext) {
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
    late = getRuntimeContext().getMetricGroup().counter("lateTransactions");
  }

  @Override
  public void processElement(
      ParsedTransaction record, Context ctx, Collector<ParsedTransaction> out) {
    if (!record.isValid()) {
      deadLetters.inc();
      ctx.output(DEAD_LETTERS, record);
    } else if (record.eventTime < ctx.timerService().currentWatermark()) {
      late.inc();
      ctx.output(LATE, record);
    } else {
      out.collect(record);
    }
  }
}
