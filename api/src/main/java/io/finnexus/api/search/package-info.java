/**
 * Full-text and faceted search over alerts in Elasticsearch (official Java client; only index,
 * bulk, search and aggregations, which the embedded node supports), kept in step with PostgreSQL
 * after each commit and rebuilt from it on demand. PostgreSQL stays the record: when no node is
 * configured or reachable these endpoints answer 503 and everything else keeps working.
 */
package io.finnexus.api.search;
