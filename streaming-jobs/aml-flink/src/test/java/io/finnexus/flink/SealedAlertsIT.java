package io.finnexus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.flink.seal.SealAlerts;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.seal.PayloadSealing;
import io.finnexus.retention.seal.SealedFields;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job, given the key store, publishes alerts whose personal fields are sealed: two customers
 * each make three cash deposits just under the reporting line (a structuring alert each, read from
 * a real broker); the raw bytes on {@code alerts} hold neither account number, depositor name nor
 * memo; the tokens open through the key store; after one customer is crypto-shredded their alert no
 * longer opens while the other's still does.
 */
class SealedAlertsIT {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path checkpoints;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void alertsArePublishedSealedAndDieWithTheSubjectsKey() throws Exception {
    try (var keyStore = new KeyStoreDatabase();
        EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start()) {
      kafka.createTopics(2, TopicNames.TRANSACTIONS, TopicNames.ALERTS);
      JobClient job = startJob(kafka.bootstrapServers(), keyStore);
      Map<String, byte[]> raw;
      try {
        Instant first = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        for (String customer : List.of("alice", "bob")) {
          for (int i = 0; i < 3; i++) {
            produce(kafka, deposit(customer, i, first.plus(Duration.ofHours(i))));
          }
        }
        raw = awaitStructuringAlerts(kafka.bootstrapServers(), 2);
      } finally {
        job.cancel().get();
      }

      Transaction sample = deposit("alice", 0, Instant.now());
      List<String> secrets =
          List.of(account("alice"), account("bob"), sample.getCounterpartyName(), "Memo of cust-");
      assertThat(new String(FinNexusSerdes.transactionCodec().encode(sample), latin1()))
          .as("the input carries them in clear, so their absence below means something")
          .contains(secrets.subList(0, 1))
          .contains(secrets.subList(2, 4));
      raw.values()
          .forEach(bytes -> assertThat(secrets).noneMatch(new String(bytes, latin1())::contains));

      Alert alice = FinNexusSerdes.alertCodec().decode(raw.get("cust-alice"));
      Alert bob = FinNexusSerdes.alertCodec().decode(raw.get("cust-bob"));
      try (PayloadSealing reader = PayloadSealing.connect(keyStore.settings(), "it-reader")) {
        PersonalDataCipher cipher = reader.cipher();
        assertOpens(cipher, alice, "alice");
        assertOpens(cipher, bob, "bob");
        reader.keys().shred("cust-alice");
      }
      try (PayloadSealing fresh = PayloadSealing.connect(keyStore.settings(), "it-after-shred")) {
        PersonalDataCipher cipher = fresh.cipher();
        assertThat(cipher.decrypt("cust-alice", SealedFields.ALERT_ACCOUNT, alice.getAccountId()))
            .as("shredded: no longer opens")
            .isEmpty();
        assertThat(cipher.decrypt("cust-alice", SealedFields.ALERT_SUMMARY, alice.getSummary()))
            .isEmpty();
        assertOpens(cipher, bob, "bob");
      }
    }
  }

  private static void assertOpens(PersonalDataCipher cipher, Alert alert, String customer) {
    String subject = "cust-" + customer;
    assertThat(cipher.decrypt(subject, SealedFields.ALERT_ACCOUNT, alert.getAccountId()))
        .contains(account(customer));
    assertThat(alert.getInvolvedAccounts())
        .isNotEmpty()
        .allSatisfy(
            a ->
                assertThat(cipher.decrypt(subject, SealedFields.ALERT_INVOLVED_ACCOUNT, a))
                    .isPresent());
    assertThat(cipher.decrypt(subject, SealedFields.ALERT_SUMMARY, alert.getSummary()))
        .hasValueSatisfying(s -> assertThat(s).isNotBlank());
  }

  private JobClient startJob(String bootstrap, KeyStoreDatabase keyStore) throws Exception {
    JobSettings settings =
        JobSettings.parse(
            "--bootstrap", bootstrap,
            "--group-id", "sealed-alerts-it",
            "--parallelism", "2",
            "--source-parallelism", "2",
            "--checkpoint-interval", "PT0.2S",
            "--checkpoint-dir", checkpoints.toUri().toString(),
            "--transactional-id-prefix", "sealed-alerts-it",
            "--transaction-timeout", "PT2M",
            "--idleness", "PT1S",
            "--ledger-mode", "SINGLE_ENTRY");
    Configuration conf = FlinkEnvironments.configuration(settings);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    new AmlMonitoringJob(
            KafkaWiring.transactionsSource(settings),
            TestSources.noRules(),
            KafkaWiring.alertsSink(settings),
            new CollectingSink<>("sealed-dlq"),
            new CollectingSink<>("sealed-late"),
            settings,
            SealAlerts.withSettings(keyStore.properties()))
        .build(env);
    return env.executeAsync("sealed-alerts-it");
  }

  private static void produce(EmbeddedKafka kafka, Transaction tx) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(
          new ProducerRecord<>(
              TopicNames.TRANSACTIONS,
              tx.getAccountId(),
              FinNexusSerdes.transactionCodec().encode(tx)));
    }
  }

  /** The raw value of the first committed structuring alert of each of {@code customers}. */
  private static Map<String, byte[]> awaitStructuringAlerts(String bootstrap, int customers) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "sealed-alerts-reader");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, byte[]> found = new HashMap<>();
    try (var consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(TopicNames.ALERTS));
      long deadline = System.currentTimeMillis() + 120_000;
      while (found.size() < customers && System.currentTimeMillis() < deadline) {
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          Alert alert = FinNexusSerdes.alertCodec().decode(r.value());
          if (alert.getTypology().equals("STRUCTURING") && alert.getCustomerId() != null) {
            found.putIfAbsent(alert.getCustomerId(), r.value());
          }
        }
      }
    }
    assertThat(found).as("a structuring alert per customer").hasSize(customers);
    return found;
  }

  private static String account(String customer) {
    return "DE-SEALED-" + customer.toUpperCase();
  }

  private static Transaction deposit(String customer, int i, Instant time) {
    return Transaction.newBuilder()
        .setTransactionId("dep-" + customer + "-" + i)
        .setEventTime(time)
        .setAccountId(account(customer))
        .setCustomerId("cust-" + customer)
        .setDirection(Direction.CREDIT)
        .setCounterpartyAccountId("CASH")
        .setCounterpartyName("Depositor " + customer + " Smith")
        .setAmount(BigDecimal.valueOf(950_000 + i, 2).setScale(4))
        .setCurrency("EUR")
        .setChannel(Channel.CASH)
        .setLocationCountry("GB")
        .setMemo("Memo of cust-" + customer + " deposit " + i)
        .build();
  }

  private static java.nio.charset.Charset latin1() {
    return StandardCharsets.ISO_8859_1;
  }
}
