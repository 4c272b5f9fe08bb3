/**
 * Applies {@link io.finnexus.schemas.topic.TopicSettings} to a broker through the Kafka admin
 * client: creation of missing topics and an idempotent alter of existing ones.
 *
 * <p>May use the Kafka clients and {@code schemas.topic}; nothing of an engine.
 */
package io.finnexus.schemas.topic.admin;
