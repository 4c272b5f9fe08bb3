package io.finnexus.schemas.topic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connection security of every Kafka client FinNexus creates (API consumers and producers, the
 * streams app, the Flink job): TLS and SASL settings from environment variables {@code
 * FINNEXUS_KAFKA_CLIENT_<NAME>}, where NAME is the Kafka client property in upper case with dots as
 * underscores, e.g. {@code FINNEXUS_KAFKA_CLIENT_SECURITY_PROTOCOL=SASL_SSL} → {@code
 * security.protocol}, {@code FINNEXUS_KAFKA_CLIENT_SASL_JAAS_CONFIG} → {@code sasl.jaas.config},
 * {@code FINNEXUS_KAFKA_CLIENT_SSL_TRUSTSTORE_LOCATION} → {@code ssl.truststore.location}. Only
 * {@code security.*}, {@code ssl.*} and {@code sasl.*} properties are accepted, so these variables
 * cannot change delivery semantics (isolation, transactions); any other name is refused with its
 * variable named. None set: plaintext, as the one-command demo runs.
 */
public final class KafkaClientSecurity {

  public static final String PREFIX = "FINNEXUS_KAFKA_CLIENT_";

  private KafkaClientSecurity() {}

  /** The Kafka client properties set in this process's environment. */
  public static Map<String, String> fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * The Kafka client properties named by {@code FINNEXUS_KAFKA_CLIENT_*} entries of {@code env}.
   */
  public static Map<String, String> from(Map<String, String> env) {
    Map<String, String> properties = new TreeMap<>();
    env.forEach(
        (name, value) -> {
          if (!name.startsWith(PREFIX) || value == null || value.isBlank()) {
            return;
          }
          String property =
              name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
          if (!(property.startsWith("security.")
              || property.startsWith("ssl.")
              || property.startsWith("sasl."))) {
            throw new IllegalArgumentException(
                name
                    + " names the Kafka property '"
                    + property
                    + "': only security.*, ssl.* and sasl.* may be set this way");
          }
          properties.put(property, value);
        });
    return properties;
  }

  /** A copy of a client configuration with the environment's security properties added. */
  public static Map<String, Object> with(Map<String, ?> config) {
    Map<String, Object> secured = new HashMap<>(config);
    secured.putAll(fromEnvironment());
    return secured;
  }
}
