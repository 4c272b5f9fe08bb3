package io.finnexus.retention.seal;

import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.MasterKeyConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where a writer outside the API finds the subject keys: the key store (the API's PostgreSQL
 * database, table {@code subject_key}) and the master key, read the way the API reads them.
 *
 * <ul>
 *   <li>{@code FINNEXUS_DB_URL}, {@code FINNEXUS_DB_USER}, {@code FINNEXUS_DB_PASSWORD} (or {@code
 *       FINNEXUS_DB_PASSWORD_FILE}, a file holding it): the API's database, where the keys live;
 *   <li>{@code FINNEXUS_MASTER_KEY} (base64 of 32 bytes, or {@code FINNEXUS_MASTER_KEY_FILE}) with
 *       {@code FINNEXUS_MASTER_KEY_VERSION} (default 1), or the API's {@code
 *       finnexus.retention.crypto.master-key.*} properties;
 *   <li>{@code finnexus.retention.crypto.key-cache.size} and {@code .ttl}: the key cache.
 * </ul>
 *
 * Each name is looked up as a system property ({@code finnexus.db.url}, {@code
 * finnexus.master-key}, ...), then as an environment variable (upper case, dots and dashes as
 * underscores). No database URL: not configured (empty). A URL without a master key is a
 * configuration error, not a silent fallback to plaintext.
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
      "FINNEXUS_DB_URL is set but no master key: set FINNEXUS_MASTER_KEY (32 random bytes in"
          + " base64, the API's), FINNEXUS_MASTER_KEY_FILE or "
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
    String url = blankToNull(lookup.apply("finnexus.db.url"));
    if (url == null) {
      return Optional.empty();
    }
    Properties master = new Properties();
    master.putAll(masterKeyProperties);
    String key = blankToNull(lookup.apply("finnexus.master-key"));
    String keyFile = blankToNull(lookup.apply("finnexus.master-key.file"));
    if (key != null || keyFile != null) {
      String version = blankToNull(lookup.apply("finnexus.master-key.version"));
      String v = version == null ? "1" : version;
      master.putIfAbsent(MasterKeyConfig.PREFIX + "current", v);
      master.putIfAbsent(
          MasterKeyConfig.PREFIX + v + (key != null ? ".base64" : ".file"),
          key != null ? key : keyFile);
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
            blankToNull(lookup.apply("finnexus.db.user")),
            password(lookup),
            MasterKeyConfig.fromProperties(master),
            CipherSettings.fromProperties(cache)));
  }

  private static String password(Function<String, String> lookup) {
    String password = blankToNull(lookup.apply("finnexus.db.password"));
    String file = blankToNull(lookup.apply("finnexus.db.password.file"));
    if (password != null || file == null) {
      return password;
    }
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read FINNEXUS_DB_PASSWORD_FILE " + file, e);
    }
  }

  /** {@code finnexus.db.password.file} → {@code FINNEXUS_DB_PASSWORD_FILE}. */
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
