/**
 * Guards around the API's calls to the services it can live without for a while: the search node
 * and the model registry (MongoDB). Each {@link io.finnexus.api.resilience.DependencyGuard} is a
 * Resilience4j circuit breaker, bulkhead and time limit, exported as {@code resilience4j_*} meters.
 * Depends on no feature package; features depend on it.
 */
package io.finnexus.api.resilience;
