package io.finnexus.retention.purge;

import java.util.UUID;

/**
 * Called after each committed chunk: progress reporting, throttling, and fault injection in the
 * restart tests. An exception thrown here fails the run after the chunk was committed.
 */
@FunctionalInterface
public interface ChunkListener {

  ChunkListener NONE = (runId, chunkNumber, deleted) -> {};

  void afterChunk(UUID runId, long chunkNumber, long deleted);
}
