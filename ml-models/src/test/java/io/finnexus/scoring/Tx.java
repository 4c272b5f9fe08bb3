package io.finnexus.scoring;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Test transactions: terse builders on a fixed clock. */
public final class Tx {
  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static long seq;

  private Tx() {}

  public static Transaction.Builder base(
      String account,
      Duration at,
      Direction dir,
      String amount,
      Channel channel,
      String counterparty) {
    return Transaction.newBuilder()
        .setTransactionId(String.format("T%09d", seq++))
        .setEventTime(T0.plus(at))
        .setAccountId(account)
        .setCustomerId("C" + account)
        .setDirection(dir)
        .setCounterpartyAccountId(counterparty)
        .setAmount(new BigDecimal(amount).setScale(4))
        .setCurrency("USD")
        .setChannel(channel);
  }

  public static Transaction debit(
      String account, Duration at, String amount, Channel ch, String to) {
    return base(account, at, Direction.DEBIT, amount, ch, to).build();
  }

  public static Transaction credit(
      String account, Duration at, String amount, Channel ch, String from) {
    return base(account, at, Direction.CREDIT, amount, ch, from).build();
  }

  /** A transfer to another monitored account (counterparty customer id set). */
  public static Transaction transfer(String from, String to, Duration at, String amount) {
    return base(from, at, Direction.DEBIT, amount, Channel.WIRE, to)
        .setCounterpartyCustomerId("C" + to)
        .build();
  }

  public static Transaction card(
      String account, Duration at, String amount, String merchant, String country, String device) {
    return base(account, at, Direction.DEBIT, amount, Channel.CARD, merchant)
        .setMerchantId(merchant)
        .setCardId("K" + account)
        .setLocationCountry(country)
        .setDeviceId(device)
        .build();
  }

  public static Duration h(long hours) {
    return Duration.ofHours(hours);
  }

  public static Duration m(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  public static Duration d(long days) {
    return Duration.ofDays(days);
  }
}
