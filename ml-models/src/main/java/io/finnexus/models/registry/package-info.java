/**
 * The model registry on MongoDB: artifacts in GridFS, metadata, stage history and gate decisions in
 * collections; stage transitions (candidate, shadow, champion, retired), the promotion gate and
 * rollback, each stage change published as a {@code ModelEvent}. Uses only single-document writes
 * and unique indexes (no transactions, no TTL), so it runs on the embedded wire server too. Never
 * imports Kafka Streams, Flink or Spring.
 */
package io.finnexus.models.registry;
