/**
 * Per-key state plumbing shared by every detector: the {@link AccountStateStore} engines implement
 * over their own state (Kafka Streams stores, Flink ValueState), fixed-size time buckets and
 * bounded sets, and the compact binary codec. Imports nothing from Flink, Kafka Streams or Spring.
 */
package io.finnexus.scoring.state;
