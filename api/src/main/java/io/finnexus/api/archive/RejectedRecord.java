package io.finnexus.api.archive;

/**
 * A scored-transactions record that cannot be archived, kept in {@code dead_letter} as received.
 *
 * @param reasonCode {@link ScoredTransactionMapper#UNDECODABLE} or {@link
 *     ScoredTransactionMapper#UNARCHIVABLE}
 * @param field the offending field, or {@code null}
 * @param detail one line for the operator
 * @param rawKey the Kafka key as received
 * @param rawValue the Kafka value as received
 * @param source {@code topic-partition@offset}
 */
record RejectedRecord(
    String reasonCode, String field, String detail, byte[] rawKey, byte[] rawValue, String source)
    implements ArchiveRecord {}
