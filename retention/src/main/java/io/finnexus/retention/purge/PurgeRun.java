package io.finnexus.retention.purge;

import java.time.Instant;
import java.util.UUID;

/**
 * The durable state of a purge run ({@code purge_run} row): its cutoff is fixed when it starts, so
 * a restarted run deletes exactly what the first attempt would have.
 */
public record PurgeRun(
    UUID id, Instant cutoff, boolean dryRun, boolean resumed, long chunks, long deleted) {}
