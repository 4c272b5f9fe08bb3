package io.finnexus.api.archive;

import io.finnexus.batch.statement.MinorUnits;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.PersonalDataRejected;
import io.finnexus.retention.seal.FieldSealer;
import io.finnexus.retention.seal.SealedFields;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.validation.DeadLetters;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * Turns a scored-transactions record into an {@link ArchiveRow}, or a {@link RejectedRecord} when
 * it cannot be decoded or stored. Never throws, except when the key store cannot be reached (the
 * batch is then delivered again after a back-off).
 *
 * <p>The engines publish the account id sealed under the customer's key ({@link
 * SealedFields#TRANSACTION_ACCOUNT}); the reconciliation matches on the plain account, so it is
 * opened here. A value that is no token (an engine without key store) is taken as it is; the
 * account of an already erased customer becomes {@link SealedFields#ERASED}; a token that does not
 * open (tampered, another subject's) is dead-lettered.
 *
 * <p>The amount is converted to minor units exactly as the ledger side of the reconciliation does
 * ({@link MinorUnits#toMinor}): by the currency's ISO 4217 exponent (EUR 2, JPY 0, BHD 3), never
 * rounded. A valid transaction may carry up to four decimals in any currency; one with more
 * decimals than its currency has (or a currency without minor unit) cannot be a row and is
 * dead-lettered.
 */
@Component
final class ScoredTransactionMapper {

  /** Reason code of bytes that are not a ScoredTransaction (garbage, truncated, empty). */
  static final String UNDECODABLE = "UNDECODABLE_SCORED_TRANSACTION";

  /** Reason code of a decoded ScoredTransaction the table cannot hold exactly. */
  static final String UNARCHIVABLE = "UNARCHIVABLE_SCORED_TRANSACTION";

  /** timestamptz holds far more, but an event time outside these years is no real movement. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private final FieldSealer fields;

  ScoredTransactionMapper(PersonalDataCipher cipher) {
    this.fields = new FieldSealer(cipher);
  }

  ArchiveRecord map(ConsumerRecord<byte[], byte[]> r) {
    String source = DeadLetters.source(r.topic(), r.partition(), r.offset());
    if (r.value() == null) {
      return reject(UNDECODABLE, null, "no value (tombstone)", r, source);
    }
    Transaction tx;
    try {
      tx = FinNexusSerdes.scoredTransactionCodec().decode(r.value()).getTransaction();
    } catch (RuntimeException e) { // CodecException, or Avro failing on crafted bytes
      return reject(UNDECODABLE, null, String.valueOf(e.getMessage()), r, source);
    }
    try {
      tx.setAccountId(
          fields.open(tx.getCustomerId(), SealedFields.TRANSACTION_ACCOUNT, tx.getAccountId()));
    } catch (PersonalDataRejected e) {
      return reject(
          UNARCHIVABLE, "account_id", "account_id does not open: " + e.reason(), r, source);
    }
    try {
      String problem = unstorable(tx);
      if (problem != null) {
        return reject(UNARCHIVABLE, problem.substring(0, problem.indexOf(' ')), problem, r, source);
      }
      long minor = MinorUnits.toMinor(tx.getAmount(), tx.getCurrency());
      return new ArchiveRow(
          tx.getTransactionId(),
          tx.getAccountId(),
          tx.getCustomerId(),
          minor,
          tx.getCurrency(),
          tx.getDirection().name(),
          tx.getEventTime(),
          source,
          r.timestamp());
    } catch (RuntimeException e) { // MinorUnits: unknown currency, no minor unit, too many decimals
      String detail = String.valueOf(e.getMessage());
      String field = detail.startsWith("currency") ? "currency" : "amount";
      return reject(UNARCHIVABLE, field, detail, r, source);
    }
  }

  /** Why PostgreSQL cannot store {@code tx} as a row ("field why"), or {@code null}. */
  private static String unstorable(Transaction tx) {
    if (hasNul(tx.getTransactionId())) {
      return "transaction_id contains a NUL character";
    }
    if (hasNul(tx.getAccountId())) {
      return "account_id contains a NUL character";
    }
    Instant t = tx.getEventTime();
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      return "event_time " + t + " is outside the years 1 to 9999";
    }
    return null;
  }

  private static boolean hasNul(String s) {
    return s.indexOf('\0') >= 0;
  }

  private static RejectedRecord reject(
      String reason, String field, String detail, ConsumerRecord<byte[], byte[]> r, String source) {
    return new RejectedRecord(reason, field, detail, r.key(), r.value(), source);
  }
}
