/**
 * Sealing of the personal fields of the records FinNexus writes ({@code Alert}, {@code
 * ScoredTransaction}) under the data subject's key, for every writer and reader: the engines before
 * they publish to Kafka, the API before it stores an alert and when it archives a transaction.
 * Engine-free (no Kafka, Flink or Spring); depends only on {@code retention.crypto} and the Avro
 * schemas.
 */
package io.finnexus.retention.seal;
