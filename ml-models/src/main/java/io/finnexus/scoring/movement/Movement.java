package io.finnexus.scoring.movement;

import io.finnexus.schemas.avro.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One leg of a transaction, seen from one account (the routing key). Amounts are in minor units
 * (cents: the transaction amount times 100, half-up), never doubles.
 *
 * @param account the key this leg belongs to
 * @param counterpartyMonitored whether {@code counterparty} is an account FinNexus monitors (its
 *     customer id is known), so money can be followed there
 * @param synthesized true for the receiver leg derived from a single-entry DEBIT
 */
public record Movement(
    String transactionId,
    long time,
    String account,
    String customer,
    boolean inbound,
    String counterparty,
    boolean counterpartyMonitored,
    String counterpartyCountry,
    long amountMinor,
    String currency,
    Channel channel,
    boolean synthesized) {

  public static long minor(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  public static BigDecimal major(long minor) {
    return BigDecimal.valueOf(minor, 2).setScale(4);
  }

  public boolean isCash() {
    return channel == Channel.CASH;
  }

  public boolean isCard() {
    return channel == Channel.CARD;
  }
}
