package io.finnexus.retention.seal;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.ScoredTransaction;

/**
 * Seals the personal fields of a record before it is published, in place (the record is returned
 * for chaining). The subject is the record's {@code customer_id}.
 *
 * <ul>
 *   <li>{@code Alert}: {@code account_id}, each of {@code involved_accounts}, {@code summary};
 *   <li>{@code ScoredTransaction}: the transaction's {@code account_id}, {@code
 *       counterparty_account_id}, {@code counterparty_name} and {@code memo}.
 * </ul>
 *
 * Field names are {@link SealedFields}; the rules per value are {@link FieldSealer}'s.
 */
public interface PayloadSealer {

  /** Publishes records as they are: the engines' behaviour when no key store is configured. */
  PayloadSealer UNSEALED =
      new PayloadSealer() {
        @Override
        public Alert seal(Alert alert) {
          return alert;
        }

        @Override
        public ScoredTransaction seal(ScoredTransaction scored) {
          return scored;
        }

        @Override
        public boolean seals() {
          return false;
        }
      };

  Alert seal(Alert alert);

  ScoredTransaction seal(ScoredTransaction scored);

  /** False for {@link #UNSEALED}. */
  boolean seals();
}
