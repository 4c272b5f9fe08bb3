/**
 * The CSV ledger format (a core-banking extract, one row per booked entry) read into {@link
 * io.finnexus.batch.statement.StatementEntry}. Uses Commons CSV; may not import camt,
 * reconciliation or Spring.
 */
package io.finnexus.batch.statement.csv;
