package io.finnexus.bench;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import io.finnexus.schemas.trace.KafkaSpans;
import io.finnexus.schemas.trace.Telemetry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Load harness of the fraud-scoring app ({@code finnexus bench streams --tx N --rate R}): starts
 * the embedded broker, runs the app's runnable jar as a child process (exactly-once, as in
 * production; Kafka Streams and RocksDB never enter this JVM), produces N transactions at R per
 * second (0 = as fast as possible) and measures sustained throughput and end-to-end latency,
 * produce to scored record visible to a read_committed consumer, with HdrHistogram.
 *
 * <p>Last line: {@code BENCH streams throughput_tx_s=X p50_ms=A p99_ms=B p999_ms=C}. {@code
 * --profile stress|spike} shapes the load instead of sending N transactions (see {@link
 * ShapedLoad}, {@link LoadTargets}) and prints its {@code BENCH streams stress|spike ...} lines
 * before the last line. Options: {@code --tx N} (100000), {@code --rate R} (0), {@code --accounts
 * A} (10000), {@code --threads T} (app stream threads, 2), {@code --seal on|off} (off: the app
 * seals the personal fields it publishes under a key store this harness starts, to measure what
 * sealing costs), {@code --jar PATH} (default {@code
 * streaming-jobs/fraud-streams/target/fraud-streams-exec.jar} or {@code FINNEXUS_STREAMS_JAR}).
 */
public final class StreamsLoadHarness {

  private static final int WARMUP = 2_000;

  /** Off unless OTEL_TRACES_EXPORTER is set: then each record starts a trace (README "Tracing"). */
  private static final KafkaSpans SPANS =
      new KafkaSpans(Telemetry.forService("finnexus-bench"), "io.finnexus.bench");

  private StreamsLoadHarness() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int tx = Integer.parseInt(opts.getOrDefault("tx", "100000"));
    int rate = Integer.parseInt(opts.getOrDefault("rate", "0"));
    int accounts = Integer.parseInt(opts.getOrDefault("accounts", "10000"));
    LoadProfile profile = LoadProfile.parse(opts.getOrDefault("profile", "steady"));
    Path jar = Path.of(opts.getOrDefault("jar", defaultJar()));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(
          "no streams jar at " + jar + " (build fraud-streams first)");
    }
    boolean seal = opts.getOrDefault("seal", "off").equals("on");
    try (EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start();
        BenchKeyStore keys = seal ? BenchKeyStore.start() : null) {
      kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
      System.out.printf("sealing of published personal fields: %s%n", seal ? "on" : "off");
      Process app =
          startApp(
              jar,
              kafka.bootstrapServers(),
              opts.getOrDefault("threads", "2"),
              seal ? keys.environment() : Map.of());
      try (var producer = new KafkaProducer<byte[], byte[]>(producerConfig(kafka));
          var consumer = new KafkaConsumer<byte[], byte[]>(consumerConfig(kafka))) {
        consumer.subscribe(List.of(TopicNames.SCORED_TRANSACTIONS));
        var generator = new Generator(42, accounts);
        send(producer, generator.encoded(WARMUP), 0);
        drain(consumer, WARMUP, new Histogram(3), Duration.ofMinutes(3));
        System.out.printf("warm-up done: %d transactions scored%n", WARMUP);
        if (profile != LoadProfile.STEADY) {
          runShaped(profile, rate, opts, producer, consumer, generator);
          return;
        }
        byte[][] load = generator.encoded(tx);
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
        long start = System.nanoTime();
        Thread sender = new Thread(() -> send(producer, load, rate), "bench-producer");
        sender.start();
        drain(consumer, tx, latency, Duration.ofMinutes(15));
        double seconds = (System.nanoTime() - start) / 1e9;
        sender.join();
        report(tx, rate, seconds, latency);
      } finally {
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  /** A stress or spike run (see {@link ShapedLoad}); its lines come before the usual last line. */
  private static void runShaped(
      LoadProfile profile,
      int rate,
      Map<String, String> opts,
      KafkaProducer<byte[], byte[]> producer,
      KafkaConsumer<byte[], byte[]> consumer,
      Generator generator)
      throws InterruptedException {
    LoadTargets targets = LoadTargets.from(opts, rate);
    ShapedLoad.Shape shape = ShapedLoad.shape("streams", profile, rate, targets);
    PacedSender sender =
        new PacedSender(
            producer, TopicNames.TRANSACTIONS, generator::encoded, Generator::keyOf, rate);
    ShapedLoad.Result result =
        ShapedLoad.run(shape, rate > 0 ? rate : 1000, sender, consumer, Duration.ofMinutes(5));
    result.lines().forEach(System.out::println);
    report((int) result.consumed(), rate, result.seconds(), result.latency());
  }

  private static void report(int tx, int rate, double seconds, Histogram latency) {
    System.out.printf(
        "scored %d transactions in %.2f s (offered rate %s); latency ms p50=%d p90=%d p99=%d"
            + " p99.9=%d max=%d%n",
        tx,
        seconds,
        rate == 0 ? "unthrottled" : rate + "/s",
        latency.getValueAtPercentile(50),
        latency.getValueAtPercentile(90),
        latency.getValueAtPercentile(99),
        latency.getValueAtPercentile(99.9),
        latency.getMaxValue());
    System.out.printf(
        "BENCH streams throughput_tx_s=%.0f p50_ms=%d p99_ms=%d p999_ms=%d%n",
        tx / seconds,
        latency.getValueAtPercentile(50),
        latency.getValueAtPercentile(99),
        latency.getValueAtPercentile(99.9));
  }

  private static Process startApp(
      Path jar, String bootstrap, String threads, Map<String, String> environment)
      throws Exception {
    Path state = Files.createTempDirectory("finnexus-bench-streams");
    ProcessBuilder app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfinnexus.streams.state-dir=" + state,
                "-Dfinnexus.streams.metrics-port=-1",
                "-Dfinnexus.streams.threads=" + threads,
                "-Dfinnexus.streams.application-id=fraud-scoring-bench",
                "-jar",
                jar.toString(),
                "--bootstrap",
                bootstrap)
            .inheritIO();
    app.environment().putAll(environment);
    return app.start();
  }

  /**
   * Sends every record, stamped with its send time, pacing to {@code rate} per second if > 0. The
   * pacing parks rather than spins: a spinning sender would take one of the machine's two cores
   * from the broker and the app it measures.
   */
  private static void send(KafkaProducer<byte[], byte[]> producer, byte[][] values, int rate) {
    long start = System.nanoTime();
    for (int i = 0; i < values.length; i++) {
      if (rate > 0) {
        long due = start + (long) (i * 1e9 / rate);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
      }
      byte[] key = Generator.keyOf(values[i]);
      producer.send(
          SPANS.publish(
              new ProducerRecord<>(
                  TopicNames.TRANSACTIONS, null, System.currentTimeMillis(), key, values[i]),
              null));
    }
    producer.flush();
  }

  /** Reads {@code count} scored records, recording now minus each record's (produce) timestamp. */
  private static void drain(
      KafkaConsumer<byte[], byte[]> consumer, int count, Histogram latency, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (seen < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + seen + " of " + count + " scored in " + timeout);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        latency.recordValue(Math.max(0, System.currentTimeMillis() - record.timestamp()));
        seen++;
      }
    }
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
        "bench-streams-" + System.nanoTime(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class);
  }

  private static String defaultJar() {
    String env = System.getenv("FINNEXUS_STREAMS_JAR");
    return env != null ? env : "streaming-jobs/fraud-streams/target/fraud-streams-exec.jar";
  }

  private static Map<String, String> options(String[] args) {
    var opts = new java.util.HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return opts;
  }

  /** Seeded card and wire transactions over {@code accounts} accounts, event times in the past. */
  static final class Generator {
    private final SplittableRandom random;
    private final int accounts;
    private Instant clock = Instant.now().minus(Duration.ofDays(2));
    private long sequence;

    Generator(long seed, int accounts) {
      this.random = new SplittableRandom(seed);
      this.accounts = accounts;
    }

    byte[][] encoded(int n) {
      byte[][] out = new byte[n][];
      for (int i = 0; i < n; i++) {
        out[i] = FinNexusSerdes.transactionCodec().encode(next());
      }
      return out;
    }

    /** The Kafka key (account id) of an encoded transaction. */
    static byte[] keyOf(byte[] value) {
      String account = FinNexusSerdes.transactionCodec().decode(value).getAccountId();
      return account.getBytes(StandardCharsets.UTF_8);
    }

    private Transaction next() {
      clock = clock.plusMillis(random.nextInt(50));
      int account = random.nextInt(accounts);
      boolean card = random.nextInt(4) != 0;
      long cents =
          random.nextInt(50) == 0
              ? 500_000 + random.nextInt(2_000_000)
              : 100 + random.nextInt(30_000);
      return Transaction.newBuilder()
          .setTransactionId("bench-" + sequence++)
          .setEventTime(clock)
          .setAccountId("acct-" + account)
          .setCustomerId("cust-" + account)
          .setDirection(Direction.DEBIT)
          .setCounterpartyAccountId(
              card ? "merchant-" + random.nextInt(500) : "ext-" + random.nextInt(5000))
          .setCounterpartyCountry("DE")
          .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
          .setCurrency("EUR")
          .setChannel(card ? Channel.CARD : Channel.WIRE)
          .setCardId(card ? "card-" + account : null)
          .setMerchantId(card ? "merchant-" + random.nextInt(500) : null)
          .setMerchantCategory(card ? "5411" : null)
          .setDeviceId("dev-" + account)
          .setLocationCountry(random.nextInt(20) == 0 ? "FR" : "DE")
          .build();
    }
  }
}
