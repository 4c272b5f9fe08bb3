package io.finnexus.flink.bench;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded, single-entry synthetic traffic for the benchmark and the job's integration tests: the
 * {@code i}-th transaction is a pure function of (seed, i), in event-time order, so any range can
 * be generated in parallel without memory and two runs see the same data.
 *
 * <p>Every block of {@value #BLOCK} transactions carries one planted pattern of each kind at fixed
 * offsets, on accounts of its own ({@code P<block>-…}), labelled with its typology: a 3-hop cycle,
 * structuring (three cash deposits just under 10,000), fan-in (12 senders), rapid movement (in then
 * out) and a wire to a FATF black-listed country. The rest is background: card spend, wires out,
 * cash and transfers between {@code accounts} customers.
 */
public final class SyntheticTraffic {
  public static final int BLOCK = 200;
  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

  private final long seed;
  private final int accounts;
  private final long spacingMillis;

  /**
   * @param spacingMillis event time between consecutive transactions
   */
  public SyntheticTraffic(long seed, int accounts, long spacingMillis) {
    this.seed = seed;
    this.accounts = accounts;
    this.spacingMillis = spacingMillis;
  }

  public Transaction transaction(long i) {
    return labelled(i).transaction();
  }

  public LabelledTransaction labelled(long i) {
    long block = i / BLOCK;
    int offset = (int) (i % BLOCK);
    long time = START.toEpochMilli() + i * spacingMillis;
    LabelledTransaction planted = planted(block, offset, "P" + block + "-", time, i);
    return planted != null ? planted : LabelledTransaction.normal(background(i, time));
  }

  private LabelledTransaction planted(long block, int offset, String p, long time, long i) {
    Transaction tx =
        switch (offset) {
          case 10 -> transfer(i, time, p + "A", p + "B", 1_200_000);
          case 20 -> transfer(i, time, p + "B", p + "C", 1_170_000);
          case 30 -> transfer(i, time, p + "C", p + "A", 1_150_000);
          case 40, 50, 60 -> cash(i, time, p + "S", 950_000 + offset * 100);
          case 70 -> transfer(i, time, p + "X", p + "R", 2_500_000);
          case 80 -> transfer(i, time, p + "R", p + "Y", 2_400_000);
          case 90 -> wire(i, time, p + "H", "KP", 300_000);
          default -> null;
        };
    Typology typology =
        switch (offset) {
          case 10, 20, 30 -> Typology.CYCLE;
          case 40, 50, 60 -> Typology.STRUCTURING;
          case 70, 80 -> Typology.RAPID_MOVEMENT;
          case 90 -> Typology.HIGH_RISK_JURISDICTION;
          default -> null;
        };
    if (tx == null && offset >= 100 && offset < 112) {
      tx = transfer(i, time, p + "F" + offset, p + "F", 150_000 + offset);
      typology = Typology.FAN_IN;
    }
    return tx == null ? null : new LabelledTransaction(tx, false, true, typology);
  }

  private Transaction background(long i, long time) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String account = "ACC" + r.nextInt(accounts);
    int kind = r.nextInt(10);
    if (kind < 5) {
      return base(i, time, account, Direction.DEBIT, "M" + r.nextInt(500), 500 + r.nextInt(20_000))
          .setChannel(Channel.CARD)
          .setMerchantId("M" + r.nextInt(500))
          .setMerchantCategory("5411")
          .build();
    }
    if (kind < 8) {
      return transfer(i, time, account, "ACC" + r.nextInt(accounts), 1_000 + r.nextInt(300_000));
    }
    if (kind < 9) {
      return wire(i, time, account, "DE", 10_000 + r.nextInt(500_000));
    }
    return cash(i, time, account, 2_000 + r.nextInt(200_000));
  }

  private Transaction transfer(long i, long time, String from, String to, long cents) {
    return base(i, time, from, Direction.DEBIT, to, cents)
        .setChannel(Channel.INTERNAL)
        .setCounterpartyCustomerId("C-" + to)
        .setCounterpartyName("Customer " + to)
        .setCounterpartyCountry("GB")
        .build();
  }

  private Transaction wire(long i, long time, String from, String country, long cents) {
    return base(i, time, from, Direction.DEBIT, "EXT" + (i % 997), cents)
        .setChannel(Channel.WIRE)
        .setCounterpartyName("Trading House " + (i % 997))
        .setCounterpartyCountry(country)
        .build();
  }

  private Transaction cash(long i, long time, String account, long cents) {
    return base(i, time, account, Direction.CREDIT, "CASH", cents).setChannel(Channel.CASH).build();
  }

  private static Transaction.Builder base(
      long i, long time, String account, Direction direction, String counterparty, long cents) {
    return Transaction.newBuilder()
        .setTransactionId("T" + i)
        .setEventTime(Instant.ofEpochMilli(time))
        .setAccountId(account)
        .setCustomerId("C-" + account)
        .setDirection(direction)
        .setCounterpartyAccountId(counterparty)
        .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
        .setCurrency("EUR")
        .setLocationCountry("GB");
  }
}
