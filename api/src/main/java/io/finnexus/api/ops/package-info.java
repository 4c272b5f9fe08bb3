/**
 * Operations: health indicators for Kafka and the search node (PostgreSQL and MongoDB come from
 * Spring Boot), queue-size gauges, backup-verify's verdicts as a counter (a job listener through
 * {@code jobs}), and the root redirect to the UI. Reads other features' stores only through SQL and
 * their public properties.
 */
package io.finnexus.api.ops;
