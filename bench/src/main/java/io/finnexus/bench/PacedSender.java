package io.finnexus.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Produces generated records at a rate that may change while it runs (shaped load). Each record is
 * stamped with its send time, so the consumer's latency is produce to scored. A sender that falls
 * behind its schedule catches up as fast as it can: the offered load is the schedule, not what the
 * producer managed.
 */
final class PacedSender implements Runnable {

  private static final int BATCH = 500;

  private final int batch;
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final IntFunction<byte[][]> values;
  private final Function<byte[], byte[]> keyOf;
  private final AtomicLong sent = new AtomicLong();
  private volatile double rate;
  private volatile boolean stopped;

  PacedSender(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      IntFunction<byte[][]> values,
      Function<byte[], byte[]> keyOf,
      double rate) {
    this(producer, topic, values, keyOf, rate, BATCH);
  }

  /**
   * @param batch records asked of {@code values} at a time: 1 when a record's content must be fresh
   *     at its send time (event time stamped at generation)
   */
  PacedSender(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      IntFunction<byte[][]> values,
      Function<byte[], byte[]> keyOf,
      double rate,
      int batch) {
    this.batch = batch;
    this.producer = producer;
    this.topic = topic;
    this.values = values;
    this.keyOf = keyOf;
    this.rate = rate;
  }

  void rate(double perSecond) {
    rate = perSecond;
  }

  double rate() {
    return rate;
  }

  long sent() {
    return sent.get();
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    long due = System.nanoTime();
    while (!stopped) {
      for (byte[] value : values.apply(batch)) {
        double r = rate;
        due += (long) (1e9 / Math.max(1, r));
        long wait = due - System.nanoTime();
        if (wait > 200_000) {
          LockSupport.parkNanos(wait);
        }
        if (stopped) {
          break;
        }
        producer.send(
            new ProducerRecord<>(
                topic, null, System.currentTimeMillis(), keyOf.apply(value), value));
        sent.incrementAndGet();
      }
    }
    producer.flush();
  }
}
