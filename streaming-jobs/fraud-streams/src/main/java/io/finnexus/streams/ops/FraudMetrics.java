package io.finnexus.streams.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's own meters, next to Kafka Streams' client metrics: what an operator watches to know the
 * scorer keeps up and what it rejects. Meter names follow Micrometer's dotted style and become
 * {@code finnexus_streams_*} in Prometheus. Thread-safe.
 */
public final class FraudMetrics {

  private final MeterRegistry registry;
  private final Counter scored;
  private final Counter alerts;
  private final Counter modelSwaps;
  private final Counter modelEventsIgnored;
  private final Timer scoringLatency;
  private final Map<String, Counter> rejectsByReason = new ConcurrentHashMap<>();

  /** Meters registered in {@code registry}. */
  public FraudMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.scored =
        Counter.builder("finnexus.streams.transactions.scored")
            .description("Valid transactions scored (one scored-transactions record each)")
            .register(registry);
    this.alerts =
        Counter.builder("finnexus.streams.alerts")
            .description("Fraud alerts emitted")
            .register(registry);
    this.modelSwaps =
        Counter.builder("finnexus.streams.model.swaps")
            .description("Model lineups swapped in from model-events")
            .register(registry);
    this.modelEventsIgnored =
        Counter.builder("finnexus.streams.model.events.ignored")
            .description("Model events that could not be applied (no artifact, unloadable)")
            .register(registry);
    this.scoringLatency =
        Timer.builder("finnexus.streams.scoring.latency")
            .description("Time to score one transaction (state read, core, state write)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(1_000))
            .maximumExpectedValue(Duration.ofSeconds(1))
            .register(registry);
  }

  /** The registry the meters live in. */
  public MeterRegistry registry() {
    return registry;
  }

  public void transactionScored(long nanos) {
    scored.increment();
    scoringLatency.record(Duration.ofNanos(nanos));
  }

  public void alertRaised() {
    alerts.increment();
  }

  /** Counts a rejected input under its reason code. */
  public void rejected(String reasonCode) {
    rejectsByReason
        .computeIfAbsent(
            reasonCode,
            reason ->
                Counter.builder("finnexus.streams.transactions.rejected")
                    .description("Input records sent to transactions.dlq, by reason code")
                    .tag("reason", reason)
                    .register(registry))
        .increment();
  }

  /**
   * Gauge {@code finnexus.streams.payloads.sealed}: 1 when published personal fields are sealed, 0
   * when the app runs without key store and publishes them in clear.
   */
  public void payloadsSealed(boolean sealed) {
    Gauge.builder("finnexus.streams.payloads.sealed", () -> sealed ? 1 : 0)
        .description("1: personal fields of scored-transactions and alerts are sealed; 0: in clear")
        .register(registry);
  }

  public void modelSwapped() {
    modelSwaps.increment();
  }

  public void modelEventIgnored() {
    modelEventsIgnored.increment();
  }
}
