/**
 * Readers and writers of labelled transaction files: the generator's own CSV, IBM AMLSim output and
 * IBM AMLworld CSV, each streamed as a {@link io.finnexus.app.ingest.TransactionSource} of rows and
 * typed rejects, plus the {@code import} command. May import schemas, ml-models and app.cli, never
 * app.generate.
 */
package io.finnexus.app.ingest;
