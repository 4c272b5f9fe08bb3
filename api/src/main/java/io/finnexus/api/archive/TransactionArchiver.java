package io.finnexus.api.archive;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Archives every scored transaction into {@code monitored_transaction}, the table the nightly
 * reconciliation compares with the ledger of record. Each poll is one database transaction; offsets
 * are committed only after it commits, so a crash replays the batch and the writer, idempotent per
 * Kafka position, absorbs it (effectively once). Reads with {@code isolation.level=read_committed}:
 * the streams app writes exactly-once, and records of its aborted transactions were never scored. A
 * transaction scored twice (two records) is archived twice, for reconciliation to report as a
 * duplicate. Undecodable or unstorable records go to {@code dead_letter} with a reason, raw bytes
 * kept. Kafka or database outages are retried with back-off.
 *
 * <p>Switched off with {@code finnexus.archive.enabled=false} (default true); other settings in
 * {@link ArchiveProperties}. Metrics: {@code finnexus.archive.records{outcome=archived|replayed|
 * rejected}} (replayed: already written by an earlier delivery) and {@code finnexus.archive.lag}
 * (record timestamp to stored).
 */
@Component
public class TransactionArchiver implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(TransactionArchiver.class);

  private final ArchiveProperties props;
  private final ArchiveWriter writer;
  private final MeterRegistry meters;
  private final Timer lag;
  private volatile boolean running;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  TransactionArchiver(ArchiveProperties props, ArchiveWriter writer, MeterRegistry meters) {
    this.props = props;
    this.writer = writer;
    this.meters = meters;
    this.lag =
        Timer.builder("finnexus.archive.lag")
            .description("time from the scored transaction's Kafka timestamp to its archive commit")
            .register(meters);
  }

  private Properties consumerConfig() {
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, props.groupId());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, props.maxPollRecords());
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return c;
  }

  private void run() {
    Duration backoff = Duration.ofMillis(500);
    while (running) {
      try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerConfig())) {
        consumer = c;
        c.subscribe(List.of(props.topic()));
        while (running) {
          ConsumerRecords<byte[], byte[]> records = c.poll(props.pollTimeout());
          if (!records.isEmpty()) {
            archive(records);
            c.commitSync();
          }
          backoff = Duration.ofMillis(500);
        }
      } catch (WakeupException e) {
        // stop() woke the consumer up
      } catch (RuntimeException e) {
        if (!running) {
          break;
        }
        LOG.warn("transaction archive failed, retrying in {}: {}", backoff, e.toString());
        sleep(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                ? Duration.ofSeconds(30)
                : backoff.multipliedBy(2);
      } finally {
        consumer = null;
      }
    }
  }

  private void archive(ConsumerRecords<byte[], byte[]> records) {
    List<ArchiveRow> rows = new ArrayList<>(records.count());
    List<RejectedRecord> rejected = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      ArchiveRecord mapped = ScoredTransactionMapper.map(r);
      if (mapped instanceof ArchiveRow row) {
        rows.add(row);
      } else {
        rejected.add((RejectedRecord) mapped);
      }
    }
    ArchiveWriter.Outcome outcome = writer.write(rows, rejected);
    count("archived", outcome.archived());
    count("replayed", outcome.replayed());
    count("rejected", outcome.rejected());
    long now = Instant.now().toEpochMilli();
    rows.forEach(row -> lag.record(Duration.ofMillis(Math.max(0, now - row.kafkaTimestamp()))));
  }

  private void count(String outcome, int n) {
    meters.counter("finnexus.archive.records", "outcome", outcome).increment(n);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void start() {
    if (!props.enabled() || running) {
      return;
    }
    running = true;
    thread = new Thread(this::run, "transaction-archiver");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
