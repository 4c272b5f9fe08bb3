package io.finnexus.models;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small deterministic stand-in for the generator in tests: normal card/wire traffic plus the four
 * fraud typologies (card testing, account takeover, impossible travel, amount spike).
 */
public final class SyntheticTransactions {
  private static final String[] COUNTRIES = {"DE", "FR", "NL", "ES", "IT", "BR", "TH", "US"};
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final SplittableRandom random;
  private final List<LabelledTransaction> out = new ArrayList<>();
  private long seq;

  private SyntheticTransactions(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static List<LabelledTransaction> generate(int accounts, int days, long seed) {
    SyntheticTransactions g = new SyntheticTransactions(seed);
    for (int a = 0; a < accounts; a++) {
      g.account("A" + a, days);
    }
    return g.out;
  }

  private void account(String account, int days) {
    String home = COUNTRIES[random.nextInt(4)];
    String device = "D" + account;
    double typical = 20 + random.nextDouble() * 80;
    for (int d = 0; d < days; d++) {
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        long t = dayStart(d) + 7 * 3600_000L + random.nextLong(14 * 3600_000L);
        double amount = typical * Math.exp(random.nextGaussian() * 0.5);
        String merchant = "M" + random.nextInt(30);
        emit(account, t, amount, Channel.CARD, merchant, home, device, merchant, null);
      }
      if (random.nextDouble() < 0.01) {
        fraud(account, dayStart(d) + random.nextLong(86_400_000L), home, device, typical);
      }
    }
  }

  private void fraud(String account, long t, String home, String device, double typical) {
    Typology typology = Typology.values()[8 + random.nextInt(4)];
    switch (typology) {
      case CARD_TESTING -> {
        for (int i = 0; i < 8 + random.nextInt(10); i++) {
          String m = "M" + (100 + random.nextInt(500));
          emit(
              account,
              t + i * 20_000L,
              0.5 + random.nextDouble(),
              Channel.CARD,
              m,
              home,
              device,
              m,
              typology);
        }
      }
      case ACCOUNT_TAKEOVER ->
          emit(
              account,
              t,
              typical * (5 + random.nextDouble() * 10),
              Channel.WIRE,
              null,
              home,
              "X" + random.nextInt(1000),
              "MULE" + random.nextInt(1000),
              typology);
      case IMPOSSIBLE_TRAVEL -> {
        emit(account, t, typical, Channel.CARD, "M1", home, device, "M1", null);
        emit(
            account,
            t + 600_000L,
            typical * 2,
            Channel.CARD,
            "M900",
            COUNTRIES[4 + random.nextInt(4)],
            device,
            "M900",
            typology);
      }
      default ->
          emit(
              account,
              t,
              typical * (15 + random.nextDouble() * 20),
              Channel.CARD,
              "M2",
              home,
              device,
              "M2",
              typology);
    }
  }

  private long dayStart(int d) {
    return START.toEpochMilli() + d * 86_400_000L;
  }

  private void emit(
      String account,
      long time,
      double amount,
      Channel channel,
      String merchant,
      String country,
      String device,
      String counterparty,
      Typology typology) {
    Transaction t =
        Transaction.newBuilder()
            .setTransactionId("T" + seq++)
            .setEventTime(Instant.ofEpochMilli(time))
            .setAccountId(account)
            .setCustomerId("C" + account)
            .setDirection(Direction.DEBIT)
            .setCounterpartyAccountId(counterparty)
            .setAmount(BigDecimal.valueOf(amount).setScale(4, RoundingMode.HALF_UP))
            .setCurrency("EUR")
            .setChannel(channel)
            .setMerchantId(merchant)
            .setDeviceId(device)
            .setLocationCountry(country)
            .build();
    out.add(new LabelledTransaction(t, typology != null, false, typology));
  }
}
