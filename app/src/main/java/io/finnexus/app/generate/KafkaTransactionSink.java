package io.finnexus.app.generate;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.AvroCodec;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.trace.KafkaSpans;
import io.finnexus.schemas.trace.Telemetry;
import java.io.Closeable;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces transactions to Kafka as binary Avro (no labels: production traffic carries none), key =
 * account id, optionally paced to a rate. Encodes with the schemas module's codec, the format every
 * consumer of the {@code transactions} topic validates.
 */
final class KafkaTransactionSink implements Closeable {
  private final Producer<String, byte[]> producer;
  private final String topic;
  private final double ratePerSecond;
  private final AvroCodec<Transaction> codec = FinNexusSerdes.transactionCodec();
  private final KafkaSpans spans =
      new KafkaSpans(Telemetry.forService("finnexus-generate"), "io.finnexus.app");
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final long started = System.nanoTime();
  private long sent;

  KafkaTransactionSink(Producer<String, byte[]> producer, String topic, double ratePerSecond) {
    this.producer = producer;
    this.topic = topic;
    this.ratePerSecond = ratePerSecond;
  }

  /** A sink producing to the cluster at {@code bootstrap}; idempotent, acks=all. */
  static KafkaTransactionSink connect(String bootstrap, String topic, double ratePerSecond) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "finnexus-generate");
    try {
      return new KafkaTransactionSink(
          new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer()),
          topic,
          ratePerSecond);
    } catch (KafkaException e) {
      throw new UserInputException(
          "cannot create Kafka producer for " + bootstrap + ": " + e.getMessage(), e);
    }
  }

  /**
   * The wire form of {@code tx}: the schemas module's codec (format-version byte + Avro binary).
   */
  byte[] encode(Transaction tx) {
    return codec.encode(tx);
  }

  void send(Transaction tx) throws IOException {
    pace();
    byte[] value = encode(tx);
    try {
      producer.send(
          spans.publish(
              new ProducerRecord<>(topic, tx.getAccountId(), value), tx.getTransactionId()),
          (meta, error) -> {
            if (error != null) {
              failure.compareAndSet(null, error);
            }
          });
    } catch (KafkaException e) {
      throw new UserInputException("Kafka send failed: " + e.getMessage(), e);
    }
    sent++;
    Exception error = failure.get();
    if (error != null) {
      throw new UserInputException("Kafka send failed: " + error.getMessage(), error);
    }
  }

  private void pace() {
    if (ratePerSecond <= 0) {
      return;
    }
    long due = started + (long) (sent * 1e9 / ratePerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    producer.flush();
    producer.close();
    Exception error = failure.get();
    if (error != null) {
      throw new UserInputException("Kafka send failed: " + error.getMessage(), error);
    }
  }
}
