package io.finnexus.api.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one dependency is guarded.
 *
 * @param timeout a call that has not answered by then fails (and counts against the breaker)
 * @param maxConcurrentCalls calls beyond this many at once are refused at once (bulkhead)
 * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
 * @param slidingWindowSize how many recent calls the failure rate is taken over
 * @param minimumNumberOfCalls calls needed in the window before the rate is judged
 * @param waitInOpenState how long an open breaker refuses calls before letting trial calls through
 * @param trialCallsInHalfOpenState trial calls whose outcome decides between closed and open again
 */
public record GuardSettings(
    @DefaultValue("5s") Duration timeout,
    @DefaultValue("20") int maxConcurrentCalls,
    @DefaultValue("50") float failureRateThreshold,
    @DefaultValue("20") int slidingWindowSize,
    @DefaultValue("5") int minimumNumberOfCalls,
    @DefaultValue("10s") Duration waitInOpenState,
    @DefaultValue("2") int trialCallsInHalfOpenState) {}
