package io.finnexus.streams.score;

/**
 * Names of the scorer's store and children in the topology, given by the topology builder.
 *
 * @param accountState the per-account state store
 * @param scoredSink the child that takes scored transactions to {@code scored-transactions} (the
 *     sealing node before its sink)
 * @param alertsSink the child that takes alerts to {@code alerts} (the sealing node before its
 *     sink)
 * @param deadLetterSink the sink node of {@code transactions.dlq}, for records the scorer failed on
 */
public record StoreNames(
    String accountState, String scoredSink, String alertsSink, String deadLetterSink) {}
