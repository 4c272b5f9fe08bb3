package io.finnexus.models.registry;

import io.finnexus.schemas.avro.ModelEvent;

/**
 * Where stage changes go: the streams side implements it with a Kafka producer on the model-events
 * topic; tests and the CLI may collect or ignore them.
 */
@FunctionalInterface
public interface ModelEventPublisher {
  void publish(ModelEvent event);

  ModelEventPublisher NONE = event -> {};
}
