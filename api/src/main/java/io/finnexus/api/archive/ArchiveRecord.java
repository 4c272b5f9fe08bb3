package io.finnexus.api.archive;

/** What one scored-transactions record becomes: a row to archive, or a dead letter. */
sealed interface ArchiveRecord permits ArchiveRow, RejectedRecord {}
