package io.finnexus.api.intake;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.codec.FinNexusSerdes;
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
 * Consumes the alerts topic into PostgreSQL. Each poll is one database transaction; offsets are
 * committed only after it commits, so a crash replays the batch and the idempotent upsert absorbs
 * it (effectively once). Reads with {@code isolation.level=read_committed}: alerts of an aborted
 * engine transaction are never stored. Kafka or database outages are retried with back-off.
 *
 * <p>Metrics: {@code finnexus.alert.intake.lag} (record timestamp to stored), {@code
 * finnexus.alerts.ingested{outcome=inserted|updated|rejected}} and {@code
 * finnexus.alerts.raised{typology, source}}: new alerts stored (not replay updates), {@code source}
 * being the engine that raised them ({@code fraud-streams}, {@code aml-flink}).
 */
@Component
public class AlertIntake implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);

  private final IntakeProperties props;
  private final AlertUpserter upserter;
  private final DeadLetters deadLetters;
  private final MeterRegistry meters;
  private final Timer lag;
  private volatile boolean running;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  public AlertIntake(
      IntakeProperties props,
      AlertUpserter upserter,
      DeadLetters deadLetters,
      MeterRegistry meters) {
    this.props = props;
    this.upserter = upserter;
    this.deadLetters = deadLetters;
    this.meters = meters;
    this.lag =
        Timer.builder("finnexus.alert.intake.lag")
            .description("time from the alert record's Kafka timestamp to its database commit")
            .register(meters);
    // exported at zero, so that the first rejected record is an increase the alert rule sees
    for (String outcome : new String[] {"inserted", "updated", "rejected"}) {
      meters.counter("finnexus.alerts.ingested", "outcome", outcome);
    }
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
            store(records);
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
        LOG.warn("alert intake failed, retrying in {}: {}", backoff, e.toString());
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

  private void store(ConsumerRecords<byte[], byte[]> records) {
    List<Alert> alerts = new ArrayList<>();
    List<Long> timestamps = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      String source = r.topic() + "-" + r.partition() + "@" + r.offset();
      if (r.value() == null) {
        continue; // tombstone: alerts are never deleted through the topic
      }
      try {
        alerts.add(FinNexusSerdes.alertCodec().decode(r.value()));
        timestamps.add(r.timestamp());
      } catch (
          RuntimeException
              e) { // CodecException, or a value the schema allows but the store cannot hold
        deadLetters.record(
            "UNDECODABLE_ALERT", String.valueOf(e.getMessage()), r.key(), r.value(), source);
        meters.counter("finnexus.alerts.ingested", "outcome", "rejected").increment();
      }
    }
    if (alerts.isEmpty()) {
      return;
    }
    AlertUpserter.Outcome outcome = upserter.upsert(alerts);
    meters
        .counter("finnexus.alerts.ingested", "outcome", "inserted")
        .increment(outcome.inserted().size());
    meters.counter("finnexus.alerts.ingested", "outcome", "updated").increment(outcome.updated());
    outcome.inserted().forEach(this::countRaised);
    long now = Instant.now().toEpochMilli();
    timestamps.forEach(t -> lag.record(Duration.ofMillis(Math.max(0, now - t))));
  }

  private void countRaised(Alert alert) {
    meters
        .counter(
            "finnexus.alerts.raised",
            "typology",
            AlertRecordMapper.typology(alert),
            "source",
            alert.getEngine())
        .increment();
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
    thread = new Thread(this::run, "alert-intake");
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
