package io.finnexus.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What an {@link EmbeddedKafka} broker needs to require SASL_SSL of every client: a self-signed
 * certificate for 127.0.0.1 and localhost (made now with the JDK's {@code keytool}, PKCS12, in a
 * temporary directory), the truststore clients need to trust it, and SASL/PLAIN users.
 *
 * <p>For tests of production-like connection security: clients get nothing without TLS, and nothing
 * with TLS but a wrong password. The key material is throw-away, with random passwords, valid for
 * two days.
 */
public final class KafkaSaslSsl {

  /** The mechanism clients must use. */
  public static final String MECHANISM = "PLAIN";

  /** The user the broker authenticates itself as on its own (inter-broker) listener. */
  static final String BROKER_USER = "finnexus-broker";

  private static final String STORE_TYPE = "PKCS12";
  private static final long KEYTOOL_TIMEOUT_SECONDS = 120;

  private final Path keystore;
  private final Path truststore;
  private final String storePassword;
  private final Map<String, String> users;

  private KafkaSaslSsl(
      Path keystore, Path truststore, String storePassword, Map<String, String> users) {
    this.keystore = keystore;
    this.truststore = truststore;
    this.storePassword = storePassword;
    this.users = users;
  }

  /**
   * Generates a broker certificate and truststore in a new temporary directory; {@code users} maps
   * SASL/PLAIN user names to passwords (no double quotes).
   */
  public static KafkaSaslSsl generate(Map<String, String> users) {
    users.forEach(
        (user, password) -> {
          if ((user + password).contains("\"") || user.isBlank()) {
            throw new IllegalArgumentException("user names and passwords must not contain '\"'");
          }
        });
    Path dir = Directories.createTemp("finnexus-kafka-tls");
    String password = randomSecret();
    Path keystore = dir.resolve("broker.p12");
    Path certificate = dir.resolve("broker.pem");
    Path truststore = dir.resolve("truststore.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        STORE_TYPE,
        "-keystore",
        keystore.toString(),
        "-storepass",
        password,
        "-keypass",
        password);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "broker",
        "-storetype",
        STORE_TYPE,
        "-keystore",
        keystore.toString(),
        "-storepass",
        password,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "finnexus-broker",
        "-file",
        certificate.toString(),
        "-storetype",
        STORE_TYPE,
        "-keystore",
        truststore.toString(),
        "-storepass",
        password);
    Map<String, String> all = new LinkedHashMap<>(users);
    all.put(BROKER_USER, randomSecret());
    return new KafkaSaslSsl(keystore, truststore, password, Map.copyOf(all));
  }

  /** The PKCS12 truststore holding the broker's certificate (what clients must trust). */
  public Path truststore() {
    return truststore;
  }

  public String truststorePassword() {
    return storePassword;
  }

  public String truststoreType() {
    return STORE_TYPE;
  }

  /** The {@code sasl.jaas.config} value of a client logging in as {@code user}. */
  public static String jaasConfig(String user, String password) {
    return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  /** Client properties (SASL_SSL, PLAIN, this truststore) for {@code user}. */
  public Map<String, Object> clientProperties(String user, String password) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("security.protocol", "SASL_SSL");
    props.put("sasl.mechanism", MECHANISM);
    props.put("sasl.jaas.config", jaasConfig(user, password));
    props.put("ssl.truststore.location", truststore.toString());
    props.put("ssl.truststore.password", storePassword);
    props.put("ssl.truststore.type", STORE_TYPE);
    return props;
  }

  /** What the broker's own admin client (readiness, topic creation) connects with. */
  Map<String, Object> brokerClientProperties() {
    return clientProperties(BROKER_USER, users.get(BROKER_USER));
  }

  /** Broker properties of a listener named {@code listener} that requires SASL_SSL. */
  Properties brokerProperties(String listener) {
    String prefix = "listener.name." + listener.toLowerCase(java.util.Locale.ROOT) + ".";
    StringBuilder jaas =
        new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
            .append(" username=\"")
            .append(BROKER_USER)
            .append("\" password=\"")
            .append(users.get(BROKER_USER))
            .append('"');
    users.forEach((user, password) -> jaas.append(" user_" + user + "=\"" + password + "\""));
    Properties props = new Properties();
    props.put("sasl.enabled.mechanisms", MECHANISM);
    props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
    props.put(prefix + "plain.sasl.jaas.config", jaas.append(';').toString());
    props.put("ssl.keystore.location", keystore.toString());
    props.put("ssl.keystore.password", storePassword);
    props.put("ssl.key.password", storePassword);
    props.put("ssl.keystore.type", STORE_TYPE);
    props.put("ssl.truststore.location", truststore.toString());
    props.put("ssl.truststore.password", storePassword);
    props.put("ssl.truststore.type", STORE_TYPE);
    return props;
  }

  private static void keytool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("keytool " + args[0] + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + args[0] + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run keytool: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keytool", e);
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Deletes the key material (the broker must be closed first). */
  public void delete() {
    Directories.deleteRecursively(keystore.getParent());
  }

  @Override
  public String toString() {
    return "KafkaSaslSsl[" + MECHANISM + ", users=" + users.keySet() + "]";
  }
}
