/**
 * Model hot swap: the global store of serving models fed by {@code model-events} and the listener
 * that swaps the scoring core's model lineup without a restart. May import Kafka Streams and the
 * core's model holder; never the scoring processors.
 */
package io.finnexus.streams.model;
