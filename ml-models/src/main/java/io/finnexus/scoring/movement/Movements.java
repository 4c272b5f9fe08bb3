package io.finnexus.scoring.movement;

import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import java.util.List;

/**
 * Expands a transaction into the legs each account key must see. A counterparty is monitored when
 * the row carries its {@code counterparty_customer_id} (cash, merchants and other banks' accounts
 * never do). Engines route each leg to {@link Movement#account()}.
 */
public final class Movements {
  private Movements() {}

  /** The legs of {@code tx}: its own leg first, then (single-entry only) the receiver's IN leg. */
  public static List<Movement> of(Transaction tx, LedgerMode mode) {
    Movement own = own(tx);
    if (mode == LedgerMode.SINGLE_ENTRY && !own.inbound() && own.counterpartyMonitored()) {
      return List.of(own, mirror(tx, own));
    }
    return List.of(own);
  }

  /** The leg on the row's own account. */
  public static Movement own(Transaction tx) {
    String cpCustomer = str(tx.getCounterpartyCustomerId());
    return new Movement(
        str(tx.getTransactionId()),
        tx.getEventTime().toEpochMilli(),
        str(tx.getAccountId()),
        str(tx.getCustomerId()),
        tx.getDirection() == Direction.CREDIT,
        str(tx.getCounterpartyAccountId()),
        cpCustomer != null && !cpCustomer.isBlank(),
        str(tx.getCounterpartyCountry()),
        Movement.minor(tx.getAmount()),
        str(tx.getCurrency()),
        tx.getChannel(),
        false);
  }

  private static Movement mirror(Transaction tx, Movement own) {
    return new Movement(
        own.transactionId(),
        own.time(),
        own.counterparty(),
        str(tx.getCounterpartyCustomerId()),
        true,
        own.account(),
        true,
        str(tx.getLocationCountry()),
        own.amountMinor(),
        own.currency(),
        own.channel(),
        true);
  }

  static String str(CharSequence s) {
    return s == null ? null : s.toString();
  }
}
