/**
 * Tracing of the job's alerts: the span of the step that raised an alert (child of the triggering
 * transaction's trace, linked to the other contributing transactions) and the bounded per-account
 * ring of recent trace contexts those links come from. Imports OpenTelemetry, {@code
 * io.finnexus.schemas.trace} and the job's events; no Flink runtime, no scoring.
 */
package io.finnexus.flink.trace;
