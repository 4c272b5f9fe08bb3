/**
 * Sealing of the published records: the personal fields of every scored transaction and alert are
 * encrypted under the customer's data key (the retention module's {@code PayloadSealer}) on their
 * way to the sinks, inside the same exactly-once transaction. Knows neither the scoring core nor
 * the state stores.
 */
package io.finnexus.streams.seal;
