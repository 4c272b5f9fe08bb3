package io.finnexus.bench;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Shaped load on the Flink AML job ({@code finnexus bench flink --profile stress|spike}): starts
 * the embedded broker, runs the job jar as a child process on its local MiniCluster ({@code
 * --local}, exactly-once Kafka source and alerts sink, as in production), and offers {@link
 * AmlLoadTraffic} with the same {@link ShapedLoad} shapes and {@link PacedSender} as {@code bench
 * streams}. Latency is transaction to alert visible to a read_committed consumer, so it includes
 * the wait for the checkpoint that commits the alert; lag is produced minus the job's committed
 * source offsets (also checkpoint-sized steps). The defaults of the targets allow for that: p99 at
 * most two checkpoint intervals plus one second, lag at most the base rate times two intervals plus
 * one second: offsets are committed only once the checkpoint after them completes ({@code
 * --target-p99-ms}, {@code --target-lag} override them).
 *
 * <p>Prints the shape's {@code BENCH flink spike|stress ...} lines, then {@code BENCH flink shaped
 * throughput_tx_s=X alert_p50_ms=A alert_p99_ms=B alert_p999_ms=C alerts=N}. The unshaped {@code
 * --profile steady} run is the MiniCluster benchmark in the job jar (FlinkBenchmark), not this.
 * Options: {@code --rate} (base rate, default 1000), {@code --accounts} (10000), {@code
 * --parallelism} (2), {@code --checkpoint-interval} (PT1S), {@code --state-backend} (rocksdb),
 * {@code --jar} (default {@code streaming-jobs/aml-flink/target/aml-flink.jar} or {@code
 * FINNEXUS_FLINK_JAR}) and the shape's options (see {@link LoadTargets}).
 */
public final class FlinkLoadHarness {
  private static final int WARMUP = 2_000;
  private static final String GROUP = "finnexus-aml-flink-bench";

  private FlinkLoadHarness() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    LoadProfile profile = LoadProfile.parse(opts.getOrDefault("profile", "spike"));
    if (profile == LoadProfile.STEADY) {
      throw new IllegalArgumentException(
          "--profile steady is the MiniCluster benchmark (finnexus bench flink without --profile);"
              + " this harness runs stress or spike");
    }
    int rate = Integer.parseInt(opts.getOrDefault("rate", "0"));
    Duration checkpoint = Duration.parse(opts.getOrDefault("checkpoint-interval", "PT1S"));
    int base = rate > 0 ? rate : 1000;
    opts.putIfAbsent("target-p99-ms", Long.toString(2 * checkpoint.toMillis() + 1000));
    opts.putIfAbsent(
        "target-lag",
        Long.toString(Math.max(100, base * (2 * checkpoint.toMillis() + 1000) / 1000)));
    Path jar = Path.of(opts.getOrDefault("jar", defaultJar()));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no aml-flink jar at " + jar + " (build aml-flink first)");
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start()) {
      kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
      Path log = Files.createTempFile("finnexus-bench-flink", ".log");
      System.out.printf("flink job log: %s%n", log);
      Process job = startJob(jar, kafka.bootstrapServers(), opts, checkpoint, log);
      try (var producer = new KafkaProducer<byte[], byte[]>(producerConfig(kafka));
          var alerts = new KafkaConsumer<byte[], byte[]>(consumerConfig(kafka));
          Admin admin =
              Admin.create(
                  Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
        alerts.subscribe(List.of(TopicNames.ALERTS));
        CommittedOffsets offsets = new CommittedOffsets(admin, GROUP, TopicNames.TRANSACTIONS);
        AmlLoadTraffic traffic = new AmlLoadTraffic(42, intOpt(opts, "accounts", 10_000));
        warmUp(producer, traffic, offsets, alerts, job);
        long before = offsets.processed();
        ShapedLoad.Output output =
            new ShapedLoad.Output() {
              private final ShapedLoad.Output read = ShapedLoad.consumer(alerts);

              @Override
              public void poll(Histogram all, Histogram window) {
                read.poll(all, window);
              }

              @Override
              public long processed() {
                return offsets.processed() - before;
              }
            };
        PacedSender sender =
            new PacedSender(
                producer,
                TopicNames.TRANSACTIONS,
                traffic::encoded,
                StreamsLoadHarness.Generator::keyOf,
                base,
                1);
        ShapedLoad.Result result =
            ShapedLoad.run(
                ShapedLoad.shape("flink", profile, rate, LoadTargets.from(opts, rate)),
                base,
                sender,
                output,
                Duration.ofMinutes(5));
        result.lines().forEach(System.out::println);
        report(result);
      } finally {
        job.destroy();
        job.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  /** Sends {@value #WARMUP} transactions and waits until the job has committed them. */
  private static void warmUp(
      KafkaProducer<byte[], byte[]> producer,
      AmlLoadTraffic traffic,
      CommittedOffsets offsets,
      KafkaConsumer<byte[], byte[]> alerts,
      Process job) {
    for (byte[] value : traffic.encoded(WARMUP)) {
      producer.send(
          new ProducerRecord<>(
              TopicNames.TRANSACTIONS, StreamsLoadHarness.Generator.keyOf(value), value));
    }
    producer.flush();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (offsets.processed() < WARMUP) {
      if (!job.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the Flink job did not process the warm-up (see its log); committed "
                + offsets.processed());
      }
      alerts.poll(Duration.ofMillis(200));
    }
    System.out.printf("warm-up done: %d transactions processed%n", WARMUP);
  }

  private static void report(ShapedLoad.Result r) {
    Histogram latency = r.latency();
    System.out.printf(
        "processed %d transactions in %.2f s; %d alerts, transaction-to-alert latency ms p50=%d"
            + " p99=%d p99.9=%d max=%d%n",
        r.consumed(),
        r.seconds(),
        latency.getTotalCount(),
        latency.getValueAtPercentile(50),
        latency.getValueAtPercentile(99),
        latency.getValueAtPercentile(99.9),
        latency.getMaxValue());
    System.out.printf(
        "BENCH flink shaped throughput_tx_s=%.0f alert_p50_ms=%d alert_p99_ms=%d alert_p999_ms=%d"
            + " alerts=%d%n",
        r.consumed() / r.seconds(),
        latency.getValueAtPercentile(50),
        latency.getValueAtPercentile(99),
        latency.getValueAtPercentile(99.9),
        latency.getTotalCount());
  }

  private static Process startJob(
      Path jar, String bootstrap, Map<String, String> opts, Duration checkpoint, Path log)
      throws Exception {
    Path state = Files.createTempDirectory("finnexus-bench-flink");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                jar.toString(),
                "io.finnexus.flink.AmlMonitoringJob",
                "--local",
                "--bootstrap",
                bootstrap,
                "--group-id",
                GROUP,
                "--parallelism",
                opts.getOrDefault("parallelism", "2"),
                "--state-backend",
                opts.getOrDefault("state-backend", "rocksdb"),
                "--checkpoint-interval",
                checkpoint.toString(),
                "--checkpoint-dir",
                state.resolve("checkpoints").toUri().toString(),
                "--savepoint-dir",
                state.resolve("savepoints").toUri().toString(),
                "--transactional-id-prefix",
                "bench-flink",
                "--idleness",
                "PT2S",
                "--ledger-mode",
                "SINGLE_ENTRY"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static Map<String, Object> producerConfig(EmbeddedKafka kafka) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        kafka.bootstrapServers(),
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
        ByteArraySerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
        ByteArraySerializer.class,
        ProducerConfig.LINGER_MS_CONFIG,
        2,
        ProducerConfig.ACKS_CONFIG,
        "all");
  }

  private static Map<String, Object> consumerConfig(EmbeddedKafka kafka) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG,
        "bench-flink-alerts-" + System.nanoTime(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class);
  }

  private static int intOpt(Map<String, String> opts, String name, int otherwise) {
    return Integer.parseInt(opts.getOrDefault(name, Integer.toString(otherwise)));
  }

  private static String defaultJar() {
    String env = System.getenv("FINNEXUS_FLINK_JAR");
    return env != null ? env : "streaming-jobs/aml-flink/target/aml-flink.jar";
  }

  private static Map<String, String> options(String[] args) {
    var opts = new java.util.HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return opts;
  }
}
