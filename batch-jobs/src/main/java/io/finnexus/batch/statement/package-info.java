/**
 * Bank statements normalised to one {@link io.finnexus.batch.statement.StatementEntry} shape,
 * whatever the source file: ISO 20022 camt.052/053/054 (sub-package {@code camt}) or the CSV ledger
 * (sub-package {@code csv}). May not import reconciliation, Spring or the api/app modules.
 */
package io.finnexus.batch.statement;
