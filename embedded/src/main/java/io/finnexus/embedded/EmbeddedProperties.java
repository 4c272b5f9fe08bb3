package io.finnexus.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Build-time facts written into {@code embedded.properties} by Maven resource filtering. */
final class EmbeddedProperties {

  private static final Properties PROPERTIES = load();

  private EmbeddedProperties() {}

  /** The Elasticsearch version of the distribution this module was built against. */
  static String elasticsearchVersion() {
    return PROPERTIES.getProperty("elasticsearch.version");
  }

  private static Properties load() {
    try (InputStream in = EmbeddedProperties.class.getResourceAsStream("embedded.properties")) {
      if (in == null) {
        throw new IllegalStateException("embedded.properties missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
