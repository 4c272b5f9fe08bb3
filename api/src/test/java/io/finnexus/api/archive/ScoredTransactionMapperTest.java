package io.finnexus.api.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.api.archive.ScoredTransactionFixture.Planned;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.schemas.avro.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * What a record becomes, without Kafka or a database. The records here are unsealed, so the key
 * store is never asked (opening sealed accounts: {@code ArchiveIT}).
 */
class ScoredTransactionMapperTest {

  private static final Instant AT = Instant.parse("2024-03-12T10:15:30.123Z");

  /** Fails the test if the mapper asks the key store about a value that is no token. */
  private static final PersonalDataCipher NO_KEY_STORE =
      new PersonalDataCipher() {
        @Override
        public String encrypt(String subjectId, String field, String plaintext) {
          throw new AssertionError("the archive never seals");
        }

        @Override
        public java.util.Optional<String> decrypt(String subjectId, String field, String token) {
          throw new AssertionError("an unsealed account must not be opened");
        }
      };

  private static final ScoredTransactionMapper MAPPER = new ScoredTransactionMapper(NO_KEY_STORE);

  @Test
  void amountsBecomeMinorUnitsByTheCurrencysExponentExactly() {
    assertThat(row("EUR", "1234.5600").amountMinor()).isEqualTo(123_456);
    assertThat(row("JPY", "1500.0000").amountMinor()).isEqualTo(1_500);
    assertThat(row("BHD", "1.2340").amountMinor()).isEqualTo(1_234);
    assertThat(row("EUR", "99999999999999.9900").amountMinor()).isEqualTo(9_999_999_999_999_999L);
    ArchiveRow row = row("EUR", "0.0100");
    assertThat(row.transactionId()).isEqualTo("T-1");
    assertThat(row.accountId()).isEqualTo("T-1-ACC");
    assertThat(row.direction()).isEqualTo("CREDIT");
    assertThat(row.eventTime()).isEqualTo(AT);
    assertThat(row.source()).isEqualTo("scored-transactions-2@41");
  }

  @Test
  void whatTheTableCannotHoldExactlyIsRejectedWithTheField() {
    assertRejected(map("EUR", "0.0050", "T-1"), ScoredTransactionMapper.UNARCHIVABLE, "amount");
    assertRejected(map("XAU", "1.0000", "T-1"), ScoredTransactionMapper.UNARCHIVABLE, "currency");
    assertRejected(map("ZZZ", "1.0000", "T-1"), ScoredTransactionMapper.UNARCHIVABLE, "currency");
    assertRejected(
        map("EUR", "1.0000", "T\0-1"), ScoredTransactionMapper.UNARCHIVABLE, "transaction_id");
    Planned future =
        new Planned("T-2", "A", 0, "EUR", Direction.DEBIT, Instant.ofEpochMilli(1L << 60));
    assertRejected(
        consumed(ScoredTransactionFixture.record(future, BigDecimal.ONE.setScale(4), AT).value()),
        ScoredTransactionMapper.UNARCHIVABLE,
        "event_time");
  }

  @Test
  void bytesThatAreNoScoredTransactionAreRejectedAsUndecodable() {
    assertRejected(consumed(new byte[] {1, 2, 3}), ScoredTransactionMapper.UNDECODABLE, null);
    assertRejected(consumed(new byte[0]), ScoredTransactionMapper.UNDECODABLE, null);
    assertRejected(consumed(null), ScoredTransactionMapper.UNDECODABLE, null);
  }

  private static void assertRejected(ArchiveRecord mapped, String reason, String field) {
    assertThat(mapped).isInstanceOf(RejectedRecord.class);
    RejectedRecord rejected = (RejectedRecord) mapped;
    assertThat(rejected.reasonCode()).isEqualTo(reason);
    assertThat(rejected.field()).isEqualTo(field);
    assertThat(rejected.detail()).isNotBlank();
    assertThat(rejected.source()).isEqualTo("scored-transactions-2@41");
  }

  private static ArchiveRow row(String currency, String amount) {
    return (ArchiveRow) map(currency, amount, "T-1");
  }

  private static ArchiveRecord map(String currency, String amount, String id) {
    ProducerRecord<byte[], byte[]> r =
        ScoredTransactionFixture.withWireAmount(id, currency, amount, AT);
    return consumed(r.value());
  }

  private static ArchiveRecord consumed(byte[] value) {
    return MAPPER.map(new ConsumerRecord<>("scored-transactions", 2, 41, "k".getBytes(), value));
  }
}
