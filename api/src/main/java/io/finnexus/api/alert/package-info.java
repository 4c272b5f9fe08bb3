/**
 * The alert store as officers see it: queue queries with filters and keyset pagination, alert
 * detail with its evidence, and single-alert actions (assign, close). May import {@code audit} and
 * {@code problem}; never the intake or search internals.
 */
package io.finnexus.api.alert;
