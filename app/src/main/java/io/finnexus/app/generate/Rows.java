package io.finnexus.app.generate;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects generated rows, numbering transaction ids in creation order (deterministic for a seed)
 * and labelling each from its typology ({@code null} = normal traffic).
 */
final class Rows {
  static final String CASH = "CASH";

  private static final Comparator<LabelledTransaction> BY_TIME =
      Comparator.comparing((LabelledTransaction r) -> r.transaction().getEventTime())
          .thenComparing(r -> r.transaction().getTransactionId());

  private final List<LabelledTransaction> rows;
  private final String idPrefix;
  private final Map<Typology, Integer> instances = new EnumMap<>(Typology.class);
  private long nextId;

  Rows(String tag, int expected) {
    this.rows = new ArrayList<>(expected);
    this.idPrefix = "T" + tag + "-";
  }

  /** A new transaction on {@code owner}'s account; card, merchant and device fields unset. */
  Transaction tx(
      Customer owner,
      Instant time,
      Direction direction,
      Channel channel,
      long cents,
      Counterparty counterparty) {
    return new Transaction(
        idPrefix + nextId++,
        time,
        owner.accountId(),
        owner.customerId(),
        direction,
        counterparty.accountId(),
        counterparty.customerId(),
        counterparty.name(),
        counterparty.country(),
        money(cents),
        owner.currency(),
        channel,
        null,
        null,
        null,
        null,
        owner.country(),
        null);
  }

  /** A card payment by {@code owner} at {@code merchant}, where the card was used. */
  Transaction card(
      Customer owner, Instant time, Merchant merchant, long cents, String device, String where) {
    Transaction tx =
        tx(owner, time, Direction.DEBIT, Channel.CARD, cents, Counterparty.of(merchant));
    tx.setCardId(owner.cardId());
    tx.setMerchantId(merchant.id());
    tx.setMerchantCategory(merchant.category());
    tx.setDeviceId(device);
    tx.setLocationCountry(where);
    return tx;
  }

  /** Both legs of a transfer between two generated accounts, labelled alike. */
  void internal(
      Customer from, Customer to, Instant time, Channel channel, long cents, Typology typology) {
    Transaction debit = tx(from, time, Direction.DEBIT, channel, cents, Counterparty.of(to));
    debit.setDeviceId(from.deviceId());
    add(debit, typology);
    Transaction credit = tx(to, time, Direction.CREDIT, channel, cents, Counterparty.of(from));
    credit.setCurrency(from.currency());
    add(credit, typology);
  }

  void add(Transaction tx, Typology typology) {
    rows.add(
        typology == null
            ? LabelledTransaction.normal(tx)
            : new LabelledTransaction(
                tx,
                typology.family() == Typology.Family.FRAUD,
                typology.family() == Typology.Family.AML,
                typology));
  }

  /** Counts one planted instance of {@code typology}. */
  void planted(Typology typology) {
    instances.merge(typology, 1, Integer::sum);
  }

  Map<Typology, Integer> instances() {
    return instances;
  }

  int size() {
    return rows.size();
  }

  /** The rows sorted by event time, then id. */
  List<LabelledTransaction> sorted() {
    rows.sort(BY_TIME);
    return rows;
  }

  static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2).setScale(4);
  }
}
