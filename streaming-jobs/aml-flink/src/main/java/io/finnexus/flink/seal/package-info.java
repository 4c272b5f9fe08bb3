/**
 * Sealing of the published alerts: the personal fields (account, involved accounts, summary) are
 * encrypted under the customer's data key (the retention module's {@code PayloadSealer}) in a map
 * just before the transactional alerts sink. Knows neither the detectors nor the Kafka connector.
 */
package io.finnexus.flink.seal;
