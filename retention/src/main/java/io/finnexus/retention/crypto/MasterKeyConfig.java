package io.finnexus.retention.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed master-key configuration. Properties (prefix {@code finnexus.retention.crypto.}):
 *
 * <ul>
 *   <li>{@code master-key.current} — the version used for new wraps (required)
 *   <li>{@code master-key.<version>.base64} — a 32-byte key in base64, or
 *   <li>{@code master-key.<version>.file} — a file holding the key in base64 (one line)
 * </ul>
 *
 * Several versions may be configured at once while a rotation runs; afterwards the old one is
 * removed.
 */
public record MasterKeyConfig(
    int currentVersion, Map<Integer, String> base64Keys, Map<Integer, Path> keyFiles) {

  public static final String PREFIX = "finnexus.retention.crypto.master-key.";
  private static final Pattern VERSIONED = Pattern.compile("(\\d+)\\.(base64|file)");

  public MasterKeyConfig {
    base64Keys = Map.copyOf(base64Keys);
    keyFiles = Map.copyOf(keyFiles);
  }

  /** Reads the properties above; unknown keys under the prefix are rejected, not ignored. */
  public static MasterKeyConfig fromProperties(Properties props) {
    String current = props.getProperty(PREFIX + "current");
    if (current == null) {
      throw new IllegalArgumentException(PREFIX + "current is not set");
    }
    Map<Integer, String> base64 = new TreeMap<>();
    Map<Integer, Path> files = new TreeMap<>();
    for (String name : props.stringPropertyNames()) {
      if (!name.startsWith(PREFIX) || name.equals(PREFIX + "current")) {
        continue;
      }
      Matcher m = VERSIONED.matcher(name.substring(PREFIX.length()));
      if (!m.matches()) {
        throw new IllegalArgumentException("unknown master key property " + name);
      }
      int version = Integer.parseInt(m.group(1));
      if (m.group(2).equals("base64")) {
        base64.put(version, props.getProperty(name));
      } else {
        files.put(version, Path.of(props.getProperty(name)));
      }
    }
    return new MasterKeyConfig(Integer.parseInt(current.trim()), base64, files);
  }

  /** Decodes every configured key; never logs or echoes key material. */
  Map<Integer, byte[]> loadKeys() {
    Map<Integer, byte[]> keys = new TreeMap<>();
    base64Keys.forEach((v, b64) -> keys.put(v, decode(v, b64)));
    keyFiles.forEach((v, path) -> keys.put(v, decode(v, read(path))));
    return keys;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read master key file " + path, e);
    }
  }

  private static byte[] decode(int version, String b64) {
    try {
      return Base64.getDecoder().decode(b64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("master key version " + version + " is not base64");
    }
  }
}
