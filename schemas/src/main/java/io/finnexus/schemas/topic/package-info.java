/**
 * Kafka topic names and how FinNexus configures its topics ({@link
 * io.finnexus.schemas.topic.TopicSettings}): the single place a topic name is spelled.
 *
 * <p>Plain values only; this package imports nothing but the JDK. Applying the settings to a broker
 * is {@code topic.admin}'s job.
 */
package io.finnexus.schemas.topic;
