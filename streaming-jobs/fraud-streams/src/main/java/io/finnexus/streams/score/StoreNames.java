package io.finnexus.streams.score;

/**
 * Names of the scorer's store and children in the topology, given by the topology builder.
 *
 * @param accountState the per-account state store
 * @param scoredSink the sink node of {@code scored-transactions}
 * @param alertsSink the sink node of {@code alerts}
 * @param deadLetterSink the sink node of {@code transactions.dlq}, for records the scorer failed on
 */
public record StoreNames(
    String accountState, String scoredSink, String alertsSink, String deadLetterSink) {}
