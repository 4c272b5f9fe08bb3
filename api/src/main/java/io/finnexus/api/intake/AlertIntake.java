package io.finnexus.api.intake;

import io.finnexus.api.consume.CommittingConsumer;
import io.finnexus.api.trace.IntakeSpans;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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

  private final IntakeProperties props;
  private final AlertUpserter upserter;
  private final DeadLetters deadLetters;
  private final MeterRegistry meters;
  private final Timer lag;
  private final CommittingConsumer loop;

  public AlertIntake(
      IntakeProperties props,
      AlertUpserter upserter,
      DeadLetters deadLetters,
      MeterRegistry meters,
      IntakeSpans spans) {
    this.props = props;
    this.upserter = upserter;
    this.deadLetters = deadLetters;
    this.meters = meters;
    this.lag =
        Timer.builder("finnexus.alert.intake.lag")
            .description("time from the alert record's Kafka timestamp to its database commit")
            .register(meters);
    this.loop =
        new CommittingConsumer(
            new CommittingConsumer.Settings(
                "alert-intake",
                props.bootstrapServers(),
                props.groupId(),
                props.topic(),
                props.maxPollRecords(),
                props.pollTimeout()),
            spans.traced(this::store));
    // exported at zero, so that the first rejected record is an increase the alert rule sees
    for (String outcome : new String[] {"inserted", "updated", "rejected"}) {
      meters.counter("finnexus.alerts.ingested", "outcome", outcome);
    }
  }

  private void store(ConsumerRecords<byte[], byte[]> records) {
    List<Alert> alerts = new ArrayList<>();
    List<Long> timestamps = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      String source =
          io.finnexus.schemas.validation.DeadLetters.source(r.topic(), r.partition(), r.offset());
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

  @Override
  public void start() {
    if (props.enabled()) {
      loop.start();
    }
  }

  @Override
  public void stop() {
    loop.stop();
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }
}
