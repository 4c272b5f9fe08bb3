package io.finnexus.app.generate;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces transactions to Kafka as binary Avro (no labels: production traffic carries none), key =
 * account id, optionally paced to a rate. Uses its own {@link SpecificDatumWriter} because the
 * schemas module has no shared codec yet; replace with it when it lands.
 */
final class KafkaTransactionSink implements Closeable {
  static {
    trustSchemaClasses();
  }

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final double ratePerSecond;
  private final SpecificDatumWriter<Transaction> writer =
      new SpecificDatumWriter<>(Transaction.getClassSchema());
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final long started = System.nanoTime();
  private BinaryEncoder encoder;
  private long sent;

  KafkaTransactionSink(Producer<String, byte[]> producer, String topic, double ratePerSecond) {
    this.producer = producer;
    this.topic = topic;
    this.ratePerSecond = ratePerSecond;
  }

  /**
   * Avro 1.12 refuses to instantiate classes it was not told to trust; the generated record and its
   * enums are ours. (Belongs in the schemas module's codec once it exists.)
   */
  private static void trustSchemaClasses() {
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(
            ClassSecurityValidator.getGlobal(),
            ClassSecurityValidator.builder()
                .add(Transaction.class)
                .add(Direction.class)
                .add(Channel.class)
                .build()));
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

  /** The Avro binary encoding of {@code tx} (no header, no schema id). */
  byte[] encode(Transaction tx) throws IOException {
    buffer.reset();
    encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
    writer.write(tx, encoder);
    encoder.flush();
    return buffer.toByteArray();
  }

  void send(Transaction tx) throws IOException {
    pace();
    byte[] value = encode(tx);
    try {
      producer.send(
          new ProducerRecord<>(topic, tx.getAccountId(), value),
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
