/**
 * Running the app: its Micrometer meters, the {@code /metrics} and {@code /health} endpoint. May
 * import Micrometer and the JDK HTTP server; never the topology or the scoring core.
 */
package io.finnexus.streams.ops;
