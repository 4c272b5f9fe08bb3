package io.finnexus.streams.seal;

import io.finnexus.retention.seal.PayloadSealer;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.ScoredTransaction;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The node just before a sink: seals a {@link ScoredTransaction}'s or an {@link Alert}'s personal
 * fields and forwards the record to its one child, the sink. A key store failure is thrown, so the
 * exactly-once transaction aborts and nothing is published in clear.
 */
public final class SealProcessor implements Processor<Object, Object, Object, Object> {

  private final PayloadSealer sealer;
  private ProcessorContext<Object, Object> context;

  public SealProcessor(PayloadSealer sealer) {
    this.sealer = sealer;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<Object, Object> record) {
    Object value = record.value();
    if (value instanceof ScoredTransaction scored) {
      value = sealer.seal(scored);
    } else if (value instanceof Alert alert) {
      value = sealer.seal(alert);
    }
    context.forward(record.withValue(value));
  }
}
