/**
 * The append-only, hash-chained audit log: appending entries under a PostgreSQL advisory lock
 * (state changes in the caller's transaction, reads through a group-commit writer), verifying the
 * chain, and its REST endpoints. Imports no other feature.
 */
package io.finnexus.api.audit;
