/**
 * Sanctions screening: loads the OFAC SDN (legacy CSV) and UN consolidated (XML) lists into an
 * immutable in-memory index and scores counterparty names against it with normalisation,
 * transliteration and order-insensitive fuzzy token matching. Engine-free: imports only the JDK,
 * ICU4J and Commons CSV, never Flink, Kafka Streams or Spring.
 */
package io.finnexus.scoring.sanctions;
