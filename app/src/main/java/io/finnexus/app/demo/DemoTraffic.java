package io.finnexus.app.demo;

import io.finnexus.app.generate.TrafficGenerator;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.AvroCodec;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.trace.KafkaSpans;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.scoring.LabelledTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Streams the generator's labelled traffic (the past {@code days} days up to today, so event times
 * are recent) to the {@code transactions} topic at a modest rate. The position is saved in the data
 * directory so a restarted demo resumes where it stopped instead of sending the same transactions
 * again. Deterministic: the same data directory always holds the same traffic.
 */
final class DemoTraffic implements AutoCloseable {
  private static final long SEED = 42;
  private static final int SAVE_EVERY = 500;

  private final List<LabelledTransaction> rows;
  private final Path positionFile;
  private final double ratePerSecond;
  private final KafkaProducer<String, byte[]> producer;
  private final AvroCodec<Transaction> codec = FinNexusSerdes.transactionCodec();
  private final KafkaSpans spans =
      new KafkaSpans(Telemetry.forService("finnexus-demo-traffic"), "io.finnexus.app");
  private final AtomicLong sent = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  DemoTraffic(String bootstrap, Path dataDirectory, int accounts, int days, double ratePerSecond)
      throws IOException {
    LocalDate start = firstDay(dataDirectory, days);
    this.rows = new TrafficGenerator(accounts, days, SEED, start).generate(null).rows();
    this.positionFile = dataDirectory.resolve("demo-traffic.position");
    this.ratePerSecond = ratePerSecond;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.sent.set(readPosition());
    this.thread = new Thread(this::run, "demo-traffic");
    this.thread.setDaemon(true);
  }

  /** The first day is fixed on the first run and kept, so a restart replays the same traffic. */
  private static LocalDate firstDay(Path dataDirectory, int days) throws IOException {
    Path file = dataDirectory.resolve("demo-traffic.start");
    if (Files.exists(file)) {
      return LocalDate.parse(Files.readString(file).trim());
    }
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(days);
    Files.writeString(file, start.toString());
    return start;
  }

  DemoTraffic start() {
    thread.start();
    return this;
  }

  long sent() {
    return sent.get();
  }

  int total() {
    return rows.size();
  }

  private void run() {
    long began = System.nanoTime();
    long first = sent.get();
    for (int i = (int) first; i < rows.size() && running; i++) {
      Transaction tx = rows.get(i).transaction();
      producer.send(
          spans.publish(
              new ProducerRecord<>(TopicNames.TRANSACTIONS, tx.getAccountId(), codec.encode(tx)),
              tx.getTransactionId()));
      long done = sent.incrementAndGet();
      if (done % SAVE_EVERY == 0) {
        producer.flush();
        savePosition(done);
      }
      pace(began, done - first);
    }
    producer.flush();
    savePosition(sent.get());
  }

  private void pace(long began, long count) {
    long due = began + (long) (count * 1e9 / ratePerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        running = false;
        Thread.currentThread().interrupt();
      }
    }
  }

  private long readPosition() throws IOException {
    if (!Files.exists(positionFile)) {
      return 0;
    }
    String text = Files.readString(positionFile, StandardCharsets.UTF_8).trim();
    return text.isEmpty() ? 0 : Math.min(Long.parseLong(text), rows.size());
  }

  private void savePosition(long position) {
    try {
      Path tmp = positionFile.resolveSibling(positionFile.getFileName() + ".tmp");
      Files.writeString(tmp, Long.toString(position), StandardCharsets.UTF_8);
      Files.move(
          tmp, positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      System.err.println("demo: cannot save traffic position: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close();
  }
}
