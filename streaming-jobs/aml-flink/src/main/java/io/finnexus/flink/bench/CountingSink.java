package io.finnexus.flink.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** Counts what reaches it into a JVM-wide counter (the benchmark runs on an in-process cluster). */
final class CountingSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;
  static final AtomicLong ALERTS = new AtomicLong();
  static final AtomicLong DEAD_LETTERS = new AtomicLong();

  private final boolean alerts;

  CountingSink(boolean alerts) {
    this.alerts = alerts;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    AtomicLong counter = alerts ? ALERTS : DEAD_LETTERS;
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context ctx) {
        counter.incrementAndGet();
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
