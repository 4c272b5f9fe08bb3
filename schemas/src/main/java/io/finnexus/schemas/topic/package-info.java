/**
 * Kafka topic names and topic defaults: the single place a topic name is spelled.
 *
 * <p>Plain constants only; this package imports nothing but the JDK.
 */
package io.finnexus.schemas.topic;
