/**
 * The audit trail of retention actions (purge runs, erasure state changes): counts, ids and reasons
 * only, never personal data. JDBC only; imports no other retention package.
 */
package io.finnexus.retention.audit;
