/**
 * The records that travel between the job's operators: public-field POJOs (and the scoring core's
 * records {@code Movement} and {@code PathToken}) that Flink serializes as POJOs, never with Kryo.
 * May import the scoring core and schemas; nothing of Flink's runtime.
 */
package io.finnexus.flink.event;
