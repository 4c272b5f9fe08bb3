/**
 * ISO 20022 camt.052/053/054 (versions 001.01–001.13) read with Prowide's generated model and
 * mapped to {@link io.finnexus.batch.statement.StatementEntry}. No hand-written XML parsing: StAX
 * only sniffs the namespace, Prowide parses. May not import reconciliation or Spring.
 */
package io.finnexus.batch.statement.camt;
