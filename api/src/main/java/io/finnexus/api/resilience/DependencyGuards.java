package io.finnexus.api.resilience;

import io.finnexus.api.problem.ApiException;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's guards, one per dependency, named {@code search} and {@code model-registry} in the
 * meters: {@code resilience4j_circuitbreaker_state{name, state}} (1 for the current state), {@code
 * resilience4j_circuitbreaker_calls_seconds_count{name, kind}}, {@code
 * resilience4j_circuitbreaker_not_permitted_calls_total{name}}, {@code
 * resilience4j_bulkhead_available_concurrent_calls{name}} and {@code
 * resilience4j_timelimiter_calls_total{name, kind=successful|failed|timeout}}.
 */
@Component
public class DependencyGuards {

  private static final Logger LOG = LoggerFactory.getLogger(DependencyGuards.class);

  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
  private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
  private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
  private final List<ExecutorService> workers = new ArrayList<>();
  private final DependencyGuard search;
  private final DependencyGuard modelRegistry;

  public DependencyGuards(ResilienceProperties props, MeterRegistry meters) {
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meters);
    this.search = guard("search", props.search(), e -> !(e instanceof ApiException));
    this.modelRegistry = guard("model-registry", props.modelRegistry(), DependencyGuards::isOutage);
  }

  /** Calls to the search node. */
  public DependencyGuard search() {
    return search;
  }

  /** Calls to the model registry (MongoDB). */
  public DependencyGuard modelRegistry() {
    return modelRegistry;
  }

  /** The registry's own verdicts ("no such model", gate refusals, bad artifacts) are answers. */
  private static boolean isOutage(Throwable e) {
    return !(e instanceof ApiException)
        && !e.getClass().getName().startsWith("io.finnexus.models.");
  }

  private DependencyGuard guard(String name, GuardSettings s, Predicate<Throwable> isOutage) {
    var breaker =
        breakers.circuitBreaker(
            name,
            CircuitBreakerConfig.custom()
                .failureRateThreshold(s.failureRateThreshold())
                .slidingWindowSize(s.slidingWindowSize())
                .minimumNumberOfCalls(s.minimumNumberOfCalls())
                .waitDurationInOpenState(s.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(s.trialCallsInHalfOpenState())
                .recordException(isOutage)
                .build());
    breaker
        .getEventPublisher()
        .onStateTransition(e -> LOG.warn("{} breaker: {}", name, e.getStateTransition()));
    var bulkhead =
        bulkheads.bulkhead(
            name, BulkheadConfig.custom().maxConcurrentCalls(s.maxConcurrentCalls()).build());
    var timeLimiter =
        timeLimiters.timeLimiter(
            name,
            TimeLimiterConfig.custom()
                .timeoutDuration(s.timeout())
                .cancelRunningFuture(true)
                .build());
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "guard-" + name + "-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    workers.add(pool);
    return new DependencyGuard(name, breaker, bulkhead, timeLimiter, pool, isOutage);
  }

  @PreDestroy
  void close() {
    workers.forEach(ExecutorService::shutdownNow);
  }
}
