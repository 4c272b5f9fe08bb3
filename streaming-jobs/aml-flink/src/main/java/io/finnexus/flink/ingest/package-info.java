/**
 * Stateless steps between the source and the keyed operators: dead-letter and late-event routing
 * and the split of transactions into account legs. May import Flink, the scoring core and the job's
 * events; holds no keyed state.
 */
package io.finnexus.flink.ingest;
