package io.finnexus.batch.jobs.reconciliation;

import java.time.LocalDate;

/**
 * The figures of one run that the report needs besides the breaks themselves.
 *
 * @param runDate the business day reconciled
 * @param ledgerSource the ledger file name and detected format
 * @param ledgerEntries ledger entries read
 * @param monitoredTransactions monitored transactions of the day (the margin of the tolerance
 *     window excluded)
 * @param matchedByReference clean pairs matched by id or reference
 * @param matchedByFallback clean pairs matched by account, amount, currency and date
 */
public record ReconciliationFigures(
    LocalDate runDate,
    String ledgerSource,
    long ledgerEntries,
    long monitoredTransactions,
    long matchedByReference,
    long matchedByFallback) {}
