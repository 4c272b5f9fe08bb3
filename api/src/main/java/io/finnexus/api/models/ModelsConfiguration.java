package io.finnexus.api.models;

import com.mongodb.client.MongoClient;
import io.finnexus.api.intake.IntakeProperties;
import io.finnexus.models.registry.ModelRegistry;
import io.finnexus.models.registry.PromotionGate;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.KafkaClientSecurity;
import io.finnexus.schemas.topic.TopicNames;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The model registry on the configured MongoDB ({@code finnexus.models.database}, default {@code
 * finnexus}) with the default promotion gate, publishing stage changes to {@code model-events}.
 */
@Configuration(proxyBeanMethods = false)
public class ModelsConfiguration {

  @Bean(destroyMethod = "close")
  KafkaProducer<byte[], byte[]> modelEventProducer(IntakeProperties kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.putAll(KafkaClientSecurity.fromEnvironment());
    return new KafkaProducer<>(p);
  }

  @Bean
  ModelRegistry modelRegistry(
      MongoClient mongo,
      KafkaProducer<byte[], byte[]> modelEventProducer,
      @Value("${finnexus.models.database:finnexus}") String database) {
    return new ModelRegistry(
        mongo.getDatabase(database),
        PromotionGate.defaults(),
        event ->
            modelEventProducer.send(
                new ProducerRecord<>(
                    TopicNames.MODEL_EVENTS,
                    event.getModelName().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    FinNexusSerdes.modelEventCodec().encode(event))),
        Clock.systemUTC());
  }
}
