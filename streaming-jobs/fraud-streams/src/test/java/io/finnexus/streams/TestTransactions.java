package io.finnexus.streams;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny seeded generator of valid transactions for the tests (the app's generator would be a
 * dependency cycle): a few hundred accounts, card and wire spend, with a sprinkling of large
 * amounts so some transactions alert. Same seed, same transactions.
 */
public final class TestTransactions {

  public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  private static final String[] COUNTRIES = {"DE", "FR", "GB", "US", "NL", "BR"};
  private static final String[] CURRENCIES = {"EUR", "EUR", "USD", "GBP"};

  private final SplittableRandom random;
  private final int accounts;
  private Instant clock = START;
  private long sequence;

  public TestTransactions(long seed, int accounts) {
    this.random = new SplittableRandom(seed);
    this.accounts = accounts;
  }

  /** The next transaction, event times advancing by up to two seconds. */
  public Transaction next() {
    clock = clock.plusMillis(random.nextLong(2_000));
    int account = random.nextInt(accounts);
    boolean card = random.nextInt(4) != 0;
    boolean large = random.nextInt(50) == 0;
    BigDecimal amount =
        BigDecimal.valueOf(large ? 5_000 + random.nextInt(20_000) : 1 + random.nextInt(300))
            .add(BigDecimal.valueOf(random.nextInt(100), 2))
            .setScale(4, RoundingMode.UNNECESSARY);
    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    return Transaction.newBuilder()
        .setTransactionId("tx-" + (sequence++))
        .setEventTime(clock)
        .setAccountId(accountId(account))
        .setCustomerId("cust-" + account)
        .setDirection(Direction.DEBIT)
        .setCounterpartyAccountId(
            card ? "merchant-" + random.nextInt(40) : "acct-x" + random.nextInt(500))
        .setCounterpartyCountry(country)
        .setAmount(amount)
        .setCurrency(CURRENCIES[random.nextInt(CURRENCIES.length)])
        .setChannel(card ? Channel.CARD : Channel.WIRE)
        .setCardId(card ? "card-" + account : null)
        .setMerchantId(card ? "merchant-" + random.nextInt(40) : null)
        .setMerchantCategory(card ? "5411" : null)
        .setDeviceId("dev-" + account + "-" + random.nextInt(2))
        .setLocationCountry(random.nextInt(10) == 0 ? country : "DE")
        .build();
  }

  /** The next {@code n} transactions. */
  public List<Transaction> next(int n) {
    List<Transaction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  /** A transaction as written on the {@code transactions} topic. */
  public static byte[] encode(Transaction transaction) {
    return FinNexusSerdes.transactionCodec().encode(transaction);
  }

  public static String accountId(int account) {
    return "acct-" + account;
  }

  /** How far the generated event times may lie ahead of {@link #START} per transaction. */
  public static Duration maxStep() {
    return Duration.ofSeconds(2);
  }
}
