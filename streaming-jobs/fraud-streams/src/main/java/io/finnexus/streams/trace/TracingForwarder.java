package io.finnexus.streams.trace;

import io.finnexus.schemas.trace.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The processor context a traced processor sees: forwards every record with a copy of its headers
 * whose trace context is the current span's (the input record's headers stay untouched); all else
 * is delegated.
 */
final class TracingForwarder implements ProcessorContext<Object, Object> {

  private final ProcessorContext<Object, Object> delegate;

  TracingForwarder(ProcessorContext<Object, Object> delegate) {
    this.delegate = delegate;
  }

  private static <K, V> Record<K, V> traced(Record<K, V> record) {
    Context current = Context.current();
    if (!Span.fromContext(current).getSpanContext().isValid()) {
      return record; // no trace: the record goes out as it came in, at no cost
    }
    var headers = TraceHeaders.inject(current, new RecordHeaders(record.headers().toArray()));
    return record.withHeaders(headers);
  }

  @Override
  public <K, V> void forward(Record<K, V> record) {
    delegate.forward(traced(record));
  }

  @Override
  public <K, V> void forward(Record<K, V> record, String childName) {
    delegate.forward(traced(record), childName);
  }

  @Override
  public String applicationId() {
    return delegate.applicationId();
  }

  @Override
  public TaskId taskId() {
    return delegate.taskId();
  }

  @Override
  public Optional<RecordMetadata> recordMetadata() {
    return delegate.recordMetadata();
  }

  @Override
  public Serde<?> keySerde() {
    return delegate.keySerde();
  }

  @Override
  public Serde<?> valueSerde() {
    return delegate.valueSerde();
  }

  @Override
  public File stateDir() {
    return delegate.stateDir();
  }

  @Override
  public StreamsMetrics metrics() {
    return delegate.metrics();
  }

  @Override
  public <S extends StateStore> S getStateStore(String name) {
    return delegate.getStateStore(name);
  }

  @Override
  public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
    return delegate.schedule(interval, type, callback);
  }

  @Override
  public Cancellable schedule(
      Instant startTime, Duration interval, PunctuationType type, Punctuator callback) {
    return delegate.schedule(startTime, interval, type, callback);
  }

  @Override
  public void commit() {
    delegate.commit();
  }

  @Override
  public Map<String, Object> appConfigs() {
    return delegate.appConfigs();
  }

  @Override
  public Map<String, Object> appConfigsWithPrefix(String prefix) {
    return delegate.appConfigsWithPrefix(prefix);
  }

  @Override
  public long currentSystemTimeMs() {
    return delegate.currentSystemTimeMs();
  }

  @Override
  public long currentStreamTimeMs() {
    return delegate.currentStreamTimeMs();
  }
}
