package io.finnexus.app.demo;

import io.finnexus.models.registry.ModelEventPublisher;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes the registry's stage changes to {@code model-events}, keyed by model name. */
final class ModelEventsProducer implements ModelEventPublisher, AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;

  ModelEventsProducer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void publish(ModelEvent event) {
    producer.send(
        new ProducerRecord<>(
            TopicNames.MODEL_EVENTS,
            event.getModelName().getBytes(StandardCharsets.UTF_8),
            FinNexusSerdes.modelEventCodec().encode(event)));
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
