/**
 * Fraud scoring in seconds: the per-account {@link AccountProfile}, the versioned {@link
 * FeatureSchema} models train on, the fraud rules, the {@link FraudModel} plug and the {@link
 * FraudScorer} that combines them into an {@link Assessment}. Imports nothing from Flink, Kafka
 * Streams or Spring.
 */
package io.finnexus.scoring.fraud;
