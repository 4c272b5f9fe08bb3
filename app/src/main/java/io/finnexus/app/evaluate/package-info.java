/**
 * {@code finnexus evaluate}: replays a labelled file through the scoring core and prints precision,
 * recall and F1. Reads files through {@code io.finnexus.app.ingest}; all scoring logic stays in
 * {@code io.finnexus.scoring}.
 */
package io.finnexus.app.evaluate;
