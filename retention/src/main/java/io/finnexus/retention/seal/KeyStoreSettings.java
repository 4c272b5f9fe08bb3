package io.finnexus.retention.seal;

import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.MasterKeyConfig;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where a writer outside the API finds the subject keys: the key store (the API's PostgreSQL
 * database, table {@code subject_key}) and the master key, read the way the API reads them.
 *
 * <ul>
 *   <li>{@code finnexus.key-store.url}, {@code .user}, {@code .password} (environment {@code
 *       FINNEXUS_KEY_STORE_URL}, {@code _USER}, {@code _PASSWORD}): the JDBC connection;
 *   <li>{@code FINNEXUS_MASTER_KEY} (base64 of 32 bytes) with {@code FINNEXUS_MASTER_KEY_VERSION}
 *       (default 1), or the API's {@code finnexus.retention.crypto.master-key.*} properties;
 *   <li>{@code finnexus.retention.crypto.key-cache.size} and {@code .ttl}: the key cache.
 * </ul>
 *
 * Each name is looked up as a system property, then as an environment variable (upper case, dots
 * and dashes as underscores). No key store URL: not configured (empty). A URL without a master key
 * is a configuration error, not a silent fallback to plaintext.
 *
 * @param password never printed by {@link #toString()}
 */
public record KeyStoreSettings(
    String jdbcUrl,
    String user,
    String password,
    MasterKeyConfig masterKey,
    CipherSettings keyCache) {

  static final String MISSING_MASTER_KEY =
      "finnexus.key-store.url is set but no master key: set FINNEXUS_MASTER_KEY (32 random bytes"
          + " in base64, the API's) or "
          + MasterKeyConfig.PREFIX
          + "current and its key";

  /** Settings from system properties, then the environment; empty when no key store is set. */
  public static Optional<KeyStoreSettings> fromEnvironment() {
    Properties props = new Properties();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith(MasterKeyConfig.PREFIX))
        .forEach(name -> props.setProperty(name, System.getProperty(name)));
    return from(
        name -> {
          String value = System.getProperty(name);
          return value != null ? value : System.getenv(envName(name));
        },
        props);
  }

  /**
   * Settings from {@code lookup} (property name to value or null) and {@code masterKeyProperties}
   * (any {@code finnexus.retention.crypto.master-key.*} given as properties).
   */
  public static Optional<KeyStoreSettings> from(
      Function<String, String> lookup, Properties masterKeyProperties) {
    String url = blankToNull(lookup.apply("finnexus.key-store.url"));
    if (url == null) {
      return Optional.empty();
    }
    Properties master = new Properties();
    master.putAll(masterKeyProperties);
    String key = blankToNull(lookup.apply("finnexus.master-key"));
    if (key != null) {
      String version = blankToNull(lookup.apply("finnexus.master-key.version"));
      String v = version == null ? "1" : version;
      master.putIfAbsent(MasterKeyConfig.PREFIX + "current", v);
      master.putIfAbsent(MasterKeyConfig.PREFIX + v + ".base64", key);
    }
    if (master.getProperty(MasterKeyConfig.PREFIX + "current") == null || master.size() < 2) {
      throw new IllegalStateException(MISSING_MASTER_KEY);
    }
    Properties cache = new Properties();
    for (String name : new String[] {"size", "ttl"}) {
      String full = "finnexus.retention.crypto.key-cache." + name;
      String value = blankToNull(lookup.apply(full));
      if (value != null) {
        cache.setProperty(full, value);
      }
    }
    return Optional.of(
        new KeyStoreSettings(
            url,
            blankToNull(lookup.apply("finnexus.key-store.user")),
            blankToNull(lookup.apply("finnexus.key-store.password")),
            MasterKeyConfig.fromProperties(master),
            CipherSettings.fromProperties(cache)));
  }

  /** {@code finnexus.key-store.url} → {@code FINNEXUS_KEY_STORE_URL}. */
  static String envName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public String toString() {
    return "KeyStoreSettings[" + jdbcUrl + ", user=" + user + ", master key configured]";
  }
}
