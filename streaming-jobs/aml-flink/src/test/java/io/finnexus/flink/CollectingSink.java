package io.finnexus.flink;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink for tests on a MiniCluster (same JVM): records land in a static list named by the sink,
 * read back with {@link #collected(String)}. Not checkpoint-aware: for exactly-once assertions the
 * tests use the real Kafka sink.
 */
public final class CollectingSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;
  private static final Map<String, List<Object>> RESULTS = new ConcurrentHashMap<>();

  private final String name;

  public CollectingSink(String name) {
    this.name = name;
    RESULTS.put(name, new CopyOnWriteArrayList<>());
  }

  @SuppressWarnings("unchecked")
  public static <T> List<T> collected(String name) {
    return (List<T>) (List<?>) List.copyOf(RESULTS.getOrDefault(name, List.of()));
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    List<Object> target = RESULTS.get(name);
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context ctx) {
        target.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
