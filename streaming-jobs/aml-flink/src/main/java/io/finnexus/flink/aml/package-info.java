/**
 * The job's stateful AML operators: the per-account monitor (the scoring core's detectors over
 * keyed state, thresholds from broadcast state) and the hop-unrolled cycle stages. They hold state
 * and route events only; every rule is the scoring core's. May import Flink, the scoring core, the
 * job's events and its alert tracing ({@code io.finnexus.flink.trace}); not the Kafka connector.
 */
package io.finnexus.flink.aml;
