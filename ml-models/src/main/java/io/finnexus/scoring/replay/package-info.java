/**
 * Replays labelled transactions through the same per-key scoring code the engines run (in-memory
 * stores, a token queue) and measures alerts against the labels. Imports nothing from Flink, Kafka
 * Streams or Spring; Jackson only for the JSON report.
 */
package io.finnexus.scoring.replay;
