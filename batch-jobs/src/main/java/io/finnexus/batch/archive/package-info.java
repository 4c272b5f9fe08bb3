/**
 * Whether the scored-transaction archive ({@code monitored_transaction}) has caught up before a
 * reconciliation reads it: the {@link io.finnexus.batch.archive.ArchiveProgress} port, implemented
 * where Kafka access lives (the API's archiver), and the wait. Plain Java: no Spring, no Kafka.
 */
package io.finnexus.batch.archive;
