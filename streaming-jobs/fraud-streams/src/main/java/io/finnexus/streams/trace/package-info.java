/**
 * Tracing of the scoring step: a span per transaction, child of the context its record carries,
 * whose context replaces the {@code traceparent} of every record the step forwards. Wraps a
 * processor; imports Kafka Streams, OpenTelemetry and {@code io.finnexus.schemas}, nothing of the
 * scoring itself.
 */
package io.finnexus.streams.trace;
