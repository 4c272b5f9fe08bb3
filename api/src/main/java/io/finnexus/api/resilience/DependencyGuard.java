package io.finnexus.api.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One dependency's guard: a call runs on a worker thread under a time limit, inside a bulkhead
 * (bounded concurrent calls), inside a circuit breaker (fail fast while the dependency is down).
 *
 * <p>Contract: {@link #call(Callable)} returns the call's result, or throws {@link
 * DependencyUnavailableException} for an outage (open breaker, full bulkhead, timeout, or a failure
 * the guard counts as one); a failure that is not an outage (e.g. "no such model") is rethrown as
 * it is and does not count against the breaker. A timed-out call is interrupted; a client that
 * ignores interrupts may keep its worker thread until its own timeout.
 */
public final class DependencyGuard {

  private final String name;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  private final TimeLimiter timeLimiter;
  private final ExecutorService workers;
  private final Predicate<Throwable> isOutage;

  DependencyGuard(
      String name,
      CircuitBreaker breaker,
      Bulkhead bulkhead,
      TimeLimiter timeLimiter,
      ExecutorService workers,
      Predicate<Throwable> isOutage) {
    this.name = name;
    this.breaker = breaker;
    this.bulkhead = bulkhead;
    this.timeLimiter = timeLimiter;
    this.workers = workers;
    this.isOutage = isOutage;
  }

  /** Runs {@code work} guarded. */
  public <T> T call(Callable<T> work) {
    try {
      return breaker.executeCallable(
          () ->
              bulkhead.executeCallable(
                  () -> timeLimiter.executeFutureSupplier(() -> workers.submit(work))));
    } catch (CallNotPermittedException e) {
      throw new DependencyUnavailableException(name, "circuit breaker open, failing fast", e);
    } catch (BulkheadFullException e) {
      throw new DependencyUnavailableException(name, "too many calls in flight", e);
    } catch (TimeoutException e) {
      throw new DependencyUnavailableException(
          name, "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DependencyUnavailableException(name, "interrupted", e);
    } catch (Exception e) {
      if (!isOutage.test(e) && e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new DependencyUnavailableException(name, e.getClass().getSimpleName(), e);
    }
  }

  /** The dependency's name, as in the meters' {@code name} tag. */
  public String name() {
    return name;
  }

  /** The breaker's state: CLOSED, OPEN or HALF_OPEN (others only when forced). */
  public CircuitBreaker.State state() {
    return breaker.getState();
  }
}
