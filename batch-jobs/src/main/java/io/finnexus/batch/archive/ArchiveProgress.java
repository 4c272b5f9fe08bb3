package io.finnexus.batch.archive;

import java.util.Map;

/**
 * How far the archive has got, compared with what was produced for it. Positions are per partition
 * (key e.g. {@code scored-transactions-0}); a record at position {@code p} is archived once the
 * archived position is greater than {@code p}, as Kafka's committed offsets are.
 */
public interface ArchiveProgress {

  /** What is measured, for messages, e.g. {@code scored-transactions (group G) at HOST:PORT}. */
  String source();

  /** The position after the last record produced so far, per partition (committed records only). */
  Map<String, Long> produced();

  /** The position the archive has stored up to, per partition; a missing partition: none yet. */
  Map<String, Long> archived();
}
