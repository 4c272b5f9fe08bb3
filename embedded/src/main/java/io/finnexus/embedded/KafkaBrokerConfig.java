package io.finnexus.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The configuration of a single-node KRaft cluster (one process that is broker and controller) and
 * the formatting of its log directory.
 *
 * <p>Every internal topic gets replication factor 1 and min ISR 1: with the defaults (3) a single
 * node never elects the group or transaction coordinators, and consumer groups and transactions
 * hang. Internal topics get few partitions so the first group or transaction starts fast.
 */
final class KafkaBrokerConfig {

  static final String CONTROLLER_LISTENER = "CONTROLLER";
  static final String SASL_SSL_LISTENER = "SASL_SSL";
  private static final int NODE_ID = 1;
  private static final String TRANSACTION_MAX_TIMEOUT_MS = "3600000"; // Flink's sink default: 1 h
  private static final String DEDUPE_BUFFER_BYTES = String.valueOf(2 * 1024 * 1024);

  private KafkaBrokerConfig() {}

  /** Broker properties for listeners on 127.0.0.1 and one log directory. */
  static Properties properties(Path logDirectory, int brokerPort, int controllerPort) {
    return properties(logDirectory, brokerPort, controllerPort, Optional.empty());
  }

  /**
   * As {@link #properties(Path, int, int)}; with {@code saslSsl} the client listener on {@code
   * brokerPort} requires SASL_SSL (the broker's own connections too) instead of PLAINTEXT. The
   * controller listener stays plaintext on loopback: only the broker in this process talks to it.
   */
  static Properties properties(
      Path logDirectory, int brokerPort, int controllerPort, Optional<KafkaSaslSsl> saslSsl) {
    String client = saslSsl.isPresent() ? SASL_SSL_LISTENER : "PLAINTEXT";
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    props.put(
        "listeners",
        client
            + "://127.0.0.1:"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://127.0.0.1:"
            + controllerPort);
    props.put("advertised.listeners", client + "://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("inter.broker.listener.name", client);
    props.put("listener.security.protocol.map", client + ":" + client + ",CONTROLLER:PLAINTEXT");
    saslSsl.ifPresent(security -> props.putAll(security.brokerProperties(client)));
    props.put("log.dirs", logDirectory.toString());
    props.put("auto.create.topics.enable", "true");
    props.put("num.partitions", "1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("share.coordinator.state.topic.num.partitions", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("transaction.max.timeout.ms", TRANSACTION_MAX_TIMEOUT_MS);
    props.put("log.cleaner.dedupe.buffer.size", DEDUPE_BUFFER_BYTES);
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "2");
    return props;
  }

  /**
   * Writes {@code meta.properties} and the bootstrap metadata into an empty log directory; a
   * directory that is already formatted (a persistent broker's second start) is left as it is.
   */
  static void formatIfEmpty(Path logDirectory) throws Exception {
    if (Files.exists(logDirectory.resolve("meta.properties"))) {
      return; // formatted before; formatting again would clash with its stored cluster id
    }
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDirectory.toString()))
        .setMetadataLogDirectory(logDirectory.toString())
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setControllerListenerName(CONTROLLER_LISTENER)
        .run();
  }
}
