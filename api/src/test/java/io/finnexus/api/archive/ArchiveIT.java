package io.finnexus.api.archive;

import static io.finnexus.api.archive.ScoredTransactionFixture.raw;
import static io.finnexus.api.archive.ScoredTransactionFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finnexus.api.ApiTestSupport;
import io.finnexus.api.archive.ScoredTransactionFixture.Planned;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.seal.EnvelopePayloadSealer;
import io.finnexus.retention.seal.PayloadSealer;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5,000 scored transactions of one day, four of them scored a second time, two the table cannot
 * hold exactly, one in an aborted Kafka transaction and four garbage records: exactly the scored
 * records land in monitored_transaction, with their exact values; the bad ones land in dead_letter;
 * a redelivery of the whole day writes nothing twice. Every third record is published sealed, as an
 * engine with a key store publishes it: its account id is archived opened, in clear, for the
 * reconciliation to match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveIT extends ApiTestSupport {

  static final int N = 5_000;
  static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  static final List<Integer> SCORED_TWICE = List.of(10, 20, 30, 40);

  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;
  @Autowired TransactionArchiver archiver;
  @Autowired ArchiveProperties props;
  @Autowired PersonalDataCipher cipher;

  private final String prefix = "AR-" + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Double> before = new HashMap<>();
  private List<Planned> planned;
  private ArchiveKafka.Offsets start;
  private List<byte[]> garbage;

  @BeforeAll
  void produceOneDayAndAwaitTheLastRecordOfEveryPartition() {
    start = ArchiveKafka.endOffsets();
    List.of("archived", "rejected", "replayed").forEach(o -> before.put(o, counter(o)));
    planned = ScoredTransactionFixture.day(prefix, DAY, N);
    Instant scoredAt = Instant.now();
    Instant noon = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
    List<ProducerRecord<byte[], byte[]>> day = new ArrayList<>();
    PayloadSealer engine = new EnvelopePayloadSealer(cipher);
    for (int i = 0; i < planned.size(); i++) {
      ProducerRecord<byte[], byte[]> r = record(planned.get(i), scoredAt);
      day.add(i % 3 == 0 ? sealed(r, engine) : r);
    }
    day.add(ScoredTransactionFixture.withWireAmount(prefix + "-HALF-CENT", "EUR", "10.0050", noon));
    day.add(
        ScoredTransactionFixture.withWireAmount(prefix + "-FRACTIONAL-YEN", "JPY", "5.5", noon));
    ScoredTransactionFixture.produce(day, true);
    ScoredTransactionFixture.produce(
        SCORED_TWICE.stream().map(i -> record(planned.get(i), scoredAt.plusSeconds(60))).toList(),
        true);
    ScoredTransactionFixture.produce(
        List.of(
            record(new Planned(prefix + "-ABORTED", "A", 1, "EUR", Direction.DEBIT, noon), noon)),
        false);
    byte[] valid = record(planned.get(1), scoredAt).value();
    garbage =
        List.of(
            new byte[] {9, 9, 9, 9},
            new byte[0],
            Arrays.copyOf(valid, valid.length / 2),
            new byte[] {7, 1, 2, 3});
    ScoredTransactionFixture.produce(
        IntStream.range(0, 4)
            .mapToObj(p -> raw(p, (prefix + "-GARBAGE-" + p).getBytes(), garbage.get(p)))
            .toList(),
        true);
    await().atMost(Duration.ofSeconds(120)).until(() -> deadLetterCount() == 6);
  }

  /** The record as an engine with a key store publishes it: personal fields sealed. */
  private static ProducerRecord<byte[], byte[]> sealed(
      ProducerRecord<byte[], byte[]> r, PayloadSealer engine) {
    var codec = FinNexusSerdes.scoredTransactionCodec();
    ScoredTransaction scored = engine.seal(codec.decode(r.value()));
    assertThat(scored.getTransaction().getAccountId()).startsWith("fnx1:");
    return new ProducerRecord<>(r.topic(), r.key(), codec.encode(scored));
  }

  @Test
  void everyScoredRecordIsArchivedOnceWithItsExactAmountCurrencyAccountAndEventTime() {
    Map<String, Planned> byId = planned.stream().collect(Collectors.toMap(Planned::id, p -> p));
    Map<String, Integer> rowsPerId = new HashMap<>();
    jdbc.query(
        "SELECT transaction_id, account_id, amount_minor, currency, direction, event_time, source"
            + " FROM monitored_transaction WHERE transaction_id LIKE ?",
        rs -> {
          String id = rs.getString(1);
          Planned p = byId.get(id);
          assertThat(p).as("archived but never produced: %s", id).isNotNull();
          assertThat(rs.getString(2)).isEqualTo(p.account());
          assertThat(rs.getLong(3)).as("minor units of %s", id).isEqualTo(p.amountMinor());
          assertThat(rs.getString(4)).isEqualTo(p.currency());
          assertThat(rs.getString(5)).isEqualTo(p.direction().name());
          assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(p.eventTime());
          assertThat(rs.getString(7)).matches("scored-transactions-[0-3]@\\d+");
          rowsPerId.merge(id, 1, Integer::sum);
        },
        prefix + "-%");
    assertThat(rowsPerId).hasSize(N).containsOnlyKeys(byId.keySet());
    assertThat(rowsPerId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("a transaction scored twice is kept twice, for reconciliation to report")
        .containsExactlyInAnyOrderElementsOf(
            SCORED_TWICE.stream().map(i -> planned.get(i).id()).toList());
    assertThat(rowsPerId.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(N + SCORED_TWICE.size());
    assertThat(counter("archived") - before.get("archived")).isEqualTo(N + SCORED_TWICE.size());
  }

  @Test
  void undecodableAndUnarchivableRecordsAreDeadLetteredWithTheirReasonAndRawBytes() {
    List<Map<String, Object>> dead =
        jdbc.queryForList(
            "SELECT reason_code, field, detail, raw_key, raw_value, source FROM dead_letter"
                + " WHERE reason_code LIKE '%SCORED_TRANSACTION' ORDER BY source");
    assertThat(dead).hasSize(6);
    for (int p = 0; p < 4; p++) {
      String key = prefix + "-GARBAGE-" + p;
      Map<String, Object> row =
          dead.stream()
              .filter(d -> Arrays.equals((byte[]) d.get("raw_key"), key.getBytes()))
              .findFirst()
              .orElseThrow();
      assertThat(row.get("reason_code")).isEqualTo(ScoredTransactionMapper.UNDECODABLE);
      assertThat((byte[]) row.get("raw_value")).isEqualTo(garbage.get(p));
      assertThat((String) row.get("source")).startsWith("scored-transactions-" + p + "@");
      assertThat((String) row.get("detail")).isNotBlank();
    }
    List<String> unarchivable =
        dead.stream()
            .filter(d -> d.get("reason_code").equals(ScoredTransactionMapper.UNARCHIVABLE))
            .map(d -> d.get("field") + ": " + d.get("detail"))
            .toList();
    assertThat(unarchivable)
        .hasSize(2)
        .anySatisfy(d -> assertThat(d).startsWith("amount: ").contains("10.0050 EUR"))
        .anySatisfy(d -> assertThat(d).startsWith("amount: ").contains("5.5000 JPY"));
    assertThat(
            count(
                "transaction_id IN (?, ?, ?)",
                prefix + "-HALF-CENT",
                prefix + "-FRACTIONAL-YEN",
                prefix + "-ABORTED"))
        .isZero();
    assertThat(counter("rejected") - before.get("rejected")).isEqualTo(6);
  }

  @Test
  void aRedeliveryOfTheWholeDayAfterACrashWritesNothingTwice() {
    long rows = count("transaction_id LIKE ?", prefix + "-%");
    long dead = deadLetterCount();
    double archived = counter("archived");
    double replayed = counter("replayed");
    archiver.stop(); // as if the process died after the database commit, before the offset commit
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> ArchiveKafka.rewind(props.groupId(), start));
    } finally {
      archiver.start();
    }
    int delivered = N + 2 + SCORED_TWICE.size() + 4;
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> counter("replayed") - replayed == delivered);
    assertThat(count("transaction_id LIKE ?", prefix + "-%")).isEqualTo(rows);
    assertThat(deadLetterCount()).isEqualTo(dead);
    assertThat(counter("archived")).isEqualTo(archived);
  }

  private long count(String where, Object... args) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM monitored_transaction WHERE " + where, Long.class, args);
  }

  private long deadLetterCount() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM dead_letter WHERE reason_code LIKE '%SCORED_TRANSACTION'",
        Long.class);
  }

  private double counter(String outcome) {
    Counter c = meters.find("finnexus.archive.records").tag("outcome", outcome).counter();
    return c == null ? 0 : c.count();
  }
}
