package io.finnexus.flink.serde;

import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.trace.TraceHeaders;
import io.finnexus.schemas.validation.DeadLetters;
import io.finnexus.scoring.movement.LedgerMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The Kafka source's adapter over {@link TransactionParser}: every record, valid or not, becomes
 * one {@link ParsedTransaction} (invalid ones are routed to the DLQ downstream, never dropped and
 * never an exception that would restart the job). A tombstone (a key with a null value, written by
 * an operator erasing a subject from a compacted {@code transactions} topic) yields nothing.
 */
public final class TransactionDeserializer
    implements KafkaRecordDeserializationSchema<ParsedTransaction> {
  private static final long serialVersionUID = 1L;

  private final LedgerMode mode;
  private transient TransactionParser parser;

  public TransactionDeserializer(LedgerMode mode) {
    this.mode = mode;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParsedTransaction> out) {
    if (record.value() == null && record.key() != null) {
      return; // an erasure's tombstone: nothing to monitor, nothing wrong
    }
    if (parser == null) {
      parser = new TransactionParser(mode, Clock.systemUTC());
    }
    String source = DeadLetters.source(record.topic(), record.partition(), record.offset());
    ParsedTransaction parsed =
        parser.parse(record.key(), record.value(), source, record.timestamp());
    Header traceparent = record.headers().lastHeader(TraceHeaders.TRACEPARENT);
    if (traceparent != null) {
      parsed.traceparent = new String(traceparent.value(), StandardCharsets.UTF_8);
    }
    out.collect(parsed);
  }

  @Override
  public TypeInformation<ParsedTransaction> getProducedType() {
    return TypeInformation.of(ParsedTransaction.class);
  }
}
