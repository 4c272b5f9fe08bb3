/**
 * Legal holds at case, customer or SAR level: while one is active, nothing it covers is purged or
 * erased. JDBC on the {@code legal_hold} table; imports nothing from purge or erasure.
 */
package io.finnexus.retention.hold;
