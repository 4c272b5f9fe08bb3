/**
 * Data-subject erasure requests and legal holds over HTTP: wires the {@code retention} module's
 * {@code ErasureService} (AML record keeping and legal holds defer; crypto-shred of the subject's
 * data key, removal from the search index and Kafka tombstones, whose compaction deadline the
 * confirmation waits for, erase) and audits every state change in the API's audit log with ids and
 * counts, never personal data.
 */
package io.finnexus.api.erasure;
