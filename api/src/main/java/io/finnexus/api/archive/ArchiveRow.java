package io.finnexus.api.archive;

import java.time.Instant;

/**
 * One {@code monitored_transaction} row: what monitoring saw of one scored transaction.
 *
 * @param transactionId the engine's transaction id
 * @param accountId the monitored account
 * @param subjectId the customer owning the account (the data subject), may be null
 * @param amountMinor unsigned amount in ISO 4217 minor units of {@code currency}
 * @param currency ISO 4217 code
 * @param direction {@code CREDIT} or {@code DEBIT}, seen from {@code accountId}
 * @param eventTime when the movement happened
 * @param source {@code topic-partition@offset} of the Kafka record (the idempotency key)
 * @param kafkaTimestamp the record's Kafka timestamp, for the lag timer
 */
record ArchiveRow(
    String transactionId,
    String accountId,
    String subjectId,
    long amountMinor,
    String currency,
    String direction,
    Instant eventTime,
    String source,
    long kafkaTimestamp)
    implements ArchiveRecord {}
