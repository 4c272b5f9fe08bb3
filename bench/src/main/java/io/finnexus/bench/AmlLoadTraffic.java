package io.finnexus.bench;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded traffic for the Flink job's shaped runs, stamped with the current time as event time (the
 * job's alerts carry the triggering transaction's event time as their Kafka timestamp, so an
 * alert's age on arrival is transaction-to-alert latency). Card spend, transfers between monitored
 * customers and wires, and every {@value #DEPOSIT_EVERY}th transaction a cash deposit just under
 * 10,000 on one of {@value #DEPOSITORS} accounts, so structuring alerts keep coming at any rate.
 */
final class AmlLoadTraffic {
  static final int DEPOSIT_EVERY = 25;
  static final int DEPOSITORS = 40;

  private final SplittableRandom random;
  private final int accounts;
  private long sequence;

  AmlLoadTraffic(long seed, int accounts) {
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

  private Transaction next() {
    long i = sequence++;
    if (i % DEPOSIT_EVERY == 0) {
      String account = "struct-" + (i / DEPOSIT_EVERY) % DEPOSITORS;
      return base(i, account, Direction.CREDIT, "CASH", 940_000 + random.nextInt(50_000))
          .setChannel(Channel.CASH)
          .build();
    }
    String account = "acct-" + random.nextInt(accounts);
    int kind = random.nextInt(10);
    if (kind < 6) {
      return base(i, account, Direction.DEBIT, "merchant-" + random.nextInt(500), 100 + r(30_000))
          .setChannel(Channel.CARD)
          .setCardId("card-" + account)
          .setMerchantId("merchant-" + random.nextInt(500))
          .setMerchantCategory("5411")
          .build();
    }
    if (kind < 9) {
      String to = "acct-" + random.nextInt(accounts);
      return base(i, account, Direction.DEBIT, to, 1_000 + r(300_000))
          .setChannel(Channel.INTERNAL)
          .setCounterpartyCustomerId("cust-" + to)
          .setCounterpartyCountry("DE")
          .build();
    }
    return base(i, account, Direction.DEBIT, "ext-" + random.nextInt(5000), 10_000 + r(500_000))
        .setChannel(Channel.WIRE)
        .setCounterpartyCountry("FR")
        .build();
  }

  private int r(int bound) {
    return random.nextInt(bound);
  }

  private static Transaction.Builder base(
      long i, String account, Direction direction, String counterparty, long cents) {
    return Transaction.newBuilder()
        .setTransactionId("flink-bench-" + i)
        .setEventTime(Instant.ofEpochMilli(System.currentTimeMillis()))
        .setAccountId(account)
        .setCustomerId("cust-" + account)
        .setDirection(direction)
        .setCounterpartyAccountId(counterparty)
        .setAmount(BigDecimal.valueOf(cents, 2).setScale(4))
        .setCurrency("EUR")
        .setLocationCountry("DE");
  }
}
