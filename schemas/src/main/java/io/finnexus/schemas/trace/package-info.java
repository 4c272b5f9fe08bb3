/**
 * The W3C trace context ({@code traceparent}) as part of every Kafka record's wire format, and the
 * one place that builds the OpenTelemetry instance of a FinNexus process (off unless an exporter is
 * configured). Imports only the OpenTelemetry API/SDK, Kafka clients and SLF4J: no engine, no
 * Spring.
 */
package io.finnexus.schemas.trace;
