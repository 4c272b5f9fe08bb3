package io.finnexus.flink;

import io.finnexus.scoring.aml.CycleLimits;
import io.finnexus.scoring.movement.LedgerMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed configuration of the AML job, bound from {@code --name value} command-line options (the
 * same names in the README reference table). Unknown names are rejected with the list of known
 * ones; every option has a default that works on a laptop (embedded mode).
 *
 * @param outOfOrderness how far behind the newest event a transaction may arrive and still count
 * @param idleness a Kafka partition silent this long stops holding the watermark back
 * @param stateRetention personal data in keyed state is cleared this long after an account's last
 *     movement (event time), and after this much processing time without a write (state TTL)
 * @param transactionTimeout Kafka transaction timeout of the exactly-once sink; must exceed the
 *     checkpoint interval (a transaction stays open from one checkpoint to the next)
 * @param sanctionsDir folder of OFAC/UN list files; null disables counterparty screening
 * @param cycleMaxHops longest round-trip followed (the scoring core's default, 8): one cycle stage
 *     per hop, so fewer hops cost less
 */
public record JobSettings(
    String bootstrap,
    String groupId,
    int parallelism,
    int sourceParallelism,
    Duration checkpointInterval,
    String checkpointDir,
    String savepointDir,
    String stateBackend,
    Duration outOfOrderness,
    Duration idleness,
    Duration stateRetention,
    LedgerMode ledgerMode,
    String sanctionsDir,
    String transactionalIdPrefix,
    Duration transactionTimeout,
    boolean local,
    String fromSavepoint,
    int cycleMaxHops) {

  static final Set<String> NAMES =
      Set.of(
          "bootstrap",
          "group-id",
          "parallelism",
          "source-parallelism",
          "checkpoint-interval",
          "checkpoint-dir",
          "savepoint-dir",
          "state-backend",
          "out-of-orderness",
          "idleness",
          "state-retention",
          "ledger-mode",
          "sanctions-dir",
          "transactional-id-prefix",
          "transaction-timeout",
          "local",
          "from-savepoint",
          "cycle-max-hops");

  public JobSettings {
    if (transactionTimeout.compareTo(checkpointInterval) <= 0) {
      throw new IllegalArgumentException(
          "transaction-timeout must exceed checkpoint-interval, or commits fail after a slow checkpoint");
    }
    if (cycleMaxHops < CycleLimits.defaults().minHops() || cycleMaxHops > 16) {
      throw new IllegalArgumentException("cycle-max-hops must be in 3..16: " + cycleMaxHops);
    }
    if (!stateBackend.equals("rocksdb") && !stateBackend.equals("hashmap")) {
      throw new IllegalArgumentException("state-backend is rocksdb or hashmap: " + stateBackend);
    }
  }

  /** The defaults (every option left out). */
  public static JobSettings defaults() {
    return parse();
  }

  /** Binds {@code --name value} (or {@code --name=value}; {@code --local} alone means true). */
  public static JobSettings parse(String... args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected --name, got " + arg);
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        value = "true";
      }
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; known: " + NAMES);
      }
      v.put(name, value);
    }
    return bind(v);
  }

  private static JobSettings bind(Map<String, String> v) {
    int parallelism = Integer.parseInt(v.getOrDefault("parallelism", "2"));
    return new JobSettings(
        v.getOrDefault("bootstrap", "127.0.0.1:9092"),
        v.getOrDefault("group-id", "finnexus-aml-flink"),
        parallelism,
        Integer.parseInt(v.getOrDefault("source-parallelism", Integer.toString(parallelism))),
        duration(v.getOrDefault("checkpoint-interval", "PT10S")),
        v.getOrDefault("checkpoint-dir", "file:///tmp/finnexus/flink/checkpoints"),
        v.getOrDefault("savepoint-dir", "file:///tmp/finnexus/flink/savepoints"),
        v.getOrDefault("state-backend", "rocksdb"),
        duration(v.getOrDefault("out-of-orderness", "PT1M")),
        duration(v.getOrDefault("idleness", "PT30S")),
        duration(v.getOrDefault("state-retention", "P180D")),
        LedgerMode.valueOf(v.getOrDefault("ledger-mode", "DOUBLE_ENTRY").toUpperCase(Locale.ROOT)),
        v.get("sanctions-dir"),
        v.getOrDefault("transactional-id-prefix", "finnexus-aml"),
        duration(v.getOrDefault("transaction-timeout", "PT15M")),
        Boolean.parseBoolean(v.getOrDefault("local", "false")),
        v.get("from-savepoint"),
        Integer.parseInt(
            v.getOrDefault("cycle-max-hops", Integer.toString(CycleLimits.defaults().maxHops()))));
  }

  /** ISO-8601 ({@code PT10S}, {@code P180D}) or plain milliseconds. */
  static Duration duration(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Duration.ofMillis(Long.parseLong(text));
    }
    return Duration.parse(text.toUpperCase(Locale.ROOT));
  }
}
