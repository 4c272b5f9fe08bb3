package io.finnexus.api.archive;

import io.finnexus.embedded.EmbeddedServers;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Scored transactions of one day as the streams app emits them, with what the archive must hold for
 * each (amounts planned in minor units first, so the test never converts the way the code under
 * test does), and a transactional producer for the scored-transactions topic.
 */
final class ScoredTransactionFixture {

  /** Minor-unit digits of the currencies used, written out rather than looked up. */
  static final Map<String, Integer> DIGITS = Map.of("EUR", 2, "USD", 2, "JPY", 0, "BHD", 3);

  private static final String[] CURRENCIES = {"EUR", "EUR", "USD", "JPY", "BHD"};

  /** One planned transaction and the row it must become. */
  record Planned(
      String id,
      String account,
      long amountMinor,
      String currency,
      Direction direction,
      Instant eventTime) {

    /** The wire amount: minor units in major units at the schema's scale 4. */
    BigDecimal amount() {
      return BigDecimal.valueOf(amountMinor, DIGITS.get(currency)).setScale(4);
    }
  }

  private ScoredTransactionFixture() {}

  /** {@code n} transactions on {@code day}: 37 accounts, four currencies, both directions. */
  static List<Planned> day(String prefix, LocalDate day, int n) {
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Planned> planned = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long minor = i == 0 ? 12_345_678_901_234L : 1 + (i * 7_919L) % 10_000_000L;
      planned.add(
          new Planned(
              prefix + "-T" + i,
              prefix + "-ACC-" + (i % 37),
              minor,
              CURRENCIES[i % CURRENCIES.length],
              i % 3 == 0 ? Direction.DEBIT : Direction.CREDIT,
              start.plusSeconds(i * 17L).plusMillis(i % 1000)));
    }
    return planned;
  }

  /** The Kafka record of {@code p}, scored at {@code scoredAt}, keyed by account. */
  static ProducerRecord<byte[], byte[]> record(Planned p, Instant scoredAt) {
    return record(p, p.amount(), scoredAt);
  }

  /** The record of {@code p} with {@code amount} on the wire instead of its planned amount. */
  static ProducerRecord<byte[], byte[]> record(Planned p, BigDecimal amount, Instant scoredAt) {
    Transaction tx =
        Transaction.newBuilder()
            .setTransactionId(p.id())
            .setEventTime(p.eventTime())
            .setAccountId(p.account())
            .setCustomerId("CUST-" + p.account())
            .setDirection(p.direction())
            .setCounterpartyAccountId("CP-" + p.id())
            .setAmount(amount)
            .setCurrency(p.currency())
            .setChannel(Channel.WIRE)
            .build();
    ScoredTransaction scored =
        ScoredTransaction.newBuilder()
            .setTransaction(tx)
            .setRiskScore(0.12)
            .setScoredAt(scoredAt)
            .build();
    byte[] value = FinNexusSerdes.scoredTransactionCodec().encode(scored);
    // keyed as fraud-streams keys it: by transaction id (the topic is compacted)
    return new ProducerRecord<>(TopicNames.SCORED_TRANSACTIONS, p.id().getBytes(), value);
  }

  /** A transaction of {@code id} whose wire amount is {@code amount} (at scale 4) as given. */
  static ProducerRecord<byte[], byte[]> withWireAmount(
      String id, String currency, String amount, Instant at) {
    Planned p = new Planned(id, id + "-ACC", 0, currency, Direction.CREDIT, at);
    return record(p, new BigDecimal(amount).setScale(4), at);
  }

  /** Raw bytes on partition {@code partition} of the topic. */
  static ProducerRecord<byte[], byte[]> raw(int partition, byte[] key, byte[] value) {
    return new ProducerRecord<>(TopicNames.SCORED_TRANSACTIONS, partition, key, value);
  }

  /** Produces {@code records} in committed (or aborted) transactions of at most 1,000. */
  static void produce(List<ProducerRecord<byte[], byte[]>> records, boolean commit) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.initTransactions();
      for (int from = 0; from < records.size(); from += 1_000) {
        producer.beginTransaction();
        records.subList(from, Math.min(records.size(), from + 1_000)).forEach(producer::send);
        if (commit) {
          producer.commitTransaction();
        } else {
          producer.flush();
          producer.abortTransaction();
        }
      }
    }
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "api-archive-test-" + UUID.randomUUID());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(p);
  }

  /** The entries as a CSV ledger of batch-jobs' CsvLedgerReader (amounts in major units). */
  static Path writeCsvLedger(List<Planned> entries, LocalDate day) throws IOException {
    Path file = Files.createTempFile("archive-ledger", ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write(
          "entry_id,account_id,booking_date,value_date,amount,currency,direction,"
              + "reference,transaction_id\n");
      for (Planned p : entries) {
        BigDecimal amount = BigDecimal.valueOf(p.amountMinor(), DIGITS.get(p.currency()));
        out.write(
            String.join(
                    ",",
                    "L-" + p.id(),
                    p.account(),
                    day.toString(),
                    day.toString(),
                    amount.toPlainString(),
                    p.currency(),
                    p.direction().name(),
                    "",
                    p.id())
                + "\n");
      }
    }
    return file;
  }
}
