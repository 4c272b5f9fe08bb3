package io.finnexus.streams.model;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Fetches artifacts from the model registry (MongoDB) through a Resilience4j circuit breaker,
 * bulkhead and time limit, so that a registry that is down or hangs costs a model swap at most
 * {@link #TIMEOUT} and then nothing while the breaker is open: the swap is refused and scoring goes
 * on with the current lineup ({@link CoreModelSwap}). The breaker is exported as {@code
 * resilience4j_circuitbreaker_state{name="model-registry"}} on the app's metrics endpoint.
 *
 * <p>The registry's own verdicts (an unknown model id, a bad artifact) are answers, not outages:
 * they pass through unchanged and do not count against the breaker.
 */
final class RegistryGuard implements Function<String, byte[]> {

  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final String NAME = "model-registry";

  private final Function<String, byte[]> fetch;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  private final TimeLimiter timeLimiter;
  private final ExecutorService worker;

  RegistryGuard(Function<String, byte[]> fetch, MeterRegistry meters) {
    this.fetch = fetch;
    CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    this.breaker =
        breakers.circuitBreaker(
            NAME,
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(RegistryGuard::isOutage)
                .build());
    this.bulkhead = Bulkhead.of(NAME, BulkheadConfig.custom().maxConcurrentCalls(2).build());
    this.timeLimiter =
        TimeLimiter.of(
            NAME,
            TimeLimiterConfig.custom().timeoutDuration(TIMEOUT).cancelRunningFuture(true).build());
    this.worker =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "model-registry-fetch");
              t.setDaemon(true);
              return t;
            });
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
  }

  @Override
  public byte[] apply(String modelId) {
    try {
      return breaker.executeCallable(
          () ->
              bulkhead.executeCallable(
                  () ->
                      timeLimiter.executeFutureSupplier(
                          () -> worker.submit(() -> fetch.apply(modelId)))));
    } catch (CallNotPermittedException e) {
      throw unavailable("circuit breaker open, failing fast", e);
    } catch (BulkheadFullException e) {
      throw unavailable("too many fetches in flight", e);
    } catch (TimeoutException e) {
      throw unavailable("no answer within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted", e);
    } catch (Exception e) {
      if (!isOutage(e) && e instanceof RuntimeException answer) {
        throw answer;
      }
      throw unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  CircuitBreaker.State state() {
    return breaker.getState();
  }

  private static boolean isOutage(Throwable e) {
    return !e.getClass().getName().startsWith("io.finnexus.models.");
  }

  private static IllegalStateException unavailable(String reason, Throwable cause) {
    return new IllegalStateException("model registry unavailable: " + reason, cause);
  }
}
