package io.finnexus.api.erasure;

import io.finnexus.retention.crypto.MasterKeyConfig;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads the master-key properties ({@code finnexus.retention.crypto.master-key.current} and {@code
 * ...master-key.<version>.base64} or {@code .file}; {@code FINNEXUS_MASTER_KEY} fills version 1)
 * from the Spring environment. Blank values count as unset; nothing set fails startup.
 */
final class MasterKeySettings {

  static final String MISSING =
      "personal-data master key missing: set FINNEXUS_MASTER_KEY (or "
          + MasterKeyConfig.PREFIX
          + "1.base64) to 32 random bytes in base64, and "
          + MasterKeyConfig.PREFIX
          + "current to its version";

  private MasterKeySettings() {}

  static MasterKeyConfig from(Environment env) {
    Map<String, String> raw =
        Binder.get(env)
            .bind(
                MasterKeyConfig.PREFIX.substring(0, MasterKeyConfig.PREFIX.length() - 1),
                Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    Properties props = new Properties();
    raw.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            String name = key.replace("[", "").replace("]", "");
            props.setProperty(MasterKeyConfig.PREFIX + name, value.trim());
          }
        });
    if (props.getProperty(MasterKeyConfig.PREFIX + "current") == null || props.size() < 2) {
      throw new IllegalStateException(MISSING);
    }
    try {
      return MasterKeyConfig.fromProperties(props);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("master key configuration invalid: " + e.getMessage(), e);
    }
  }
}
