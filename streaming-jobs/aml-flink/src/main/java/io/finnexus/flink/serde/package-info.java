/**
 * Adapters between Kafka records and the job's events, built on the schemas module's Avro codec and
 * validator: the transaction deserializer (validation and DLQ routing happen here), the rule-update
 * reader of {@code model-events}, and one keyed-bytes serializer for output topics.
 */
package io.finnexus.flink.serde;
