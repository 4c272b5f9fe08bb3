/**
 * The scoring step: the per-account state store and the processor that hands each transaction and
 * its account's state to the scoring core. May import Kafka Streams and the core's public API;
 * holds no feature, rule or model logic of its own.
 */
package io.finnexus.streams.score;
