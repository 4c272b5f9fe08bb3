package io.finnexus.retention.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.retention.crypto.CipherSettings;
import io.finnexus.retention.crypto.EnvelopePersonalDataCipher;
import io.finnexus.retention.crypto.InMemorySubjectKeyStore;
import io.finnexus.retention.crypto.LocalMasterKeys;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.SubjectKeys;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopePayloadSealerTest {

  private final SubjectKeys keys =
      new SubjectKeys(
          new InMemorySubjectKeyStore(),
          new LocalMasterKeys(1, Map.of(1, key())),
          CipherSettings.DEFAULTS);
  private final PersonalDataCipher cipher = new EnvelopePersonalDataCipher(keys);
  private final PayloadSealer sealer = new EnvelopePayloadSealer(cipher);
  private final FieldSealer fields = new FieldSealer(cipher);

  @Test
  void seals_the_personal_fields_of_a_scored_transaction_under_its_customer() {
    ScoredTransaction scored = sealer.seal(scored("cust-1"));
    Transaction tx = scored.getTransaction();

    assertThat(List.of(tx.getAccountId(), tx.getCounterpartyAccountId(), tx.getCounterpartyName()))
        .allSatisfy(v -> assertThat(v).startsWith("fnx1:"));
    assertThat(open(SealedFields.TRANSACTION_ACCOUNT, tx.getAccountId())).isEqualTo("DE-ACC-1");
    assertThat(open(SealedFields.TRANSACTION_COUNTERPARTY_ACCOUNT, tx.getCounterpartyAccountId()))
        .isEqualTo("GB-CP-9");
    assertThat(open(SealedFields.TRANSACTION_COUNTERPARTY_NAME, tx.getCounterpartyName()))
        .isEqualTo("Ada Lovelace");
    assertThat(open(SealedFields.TRANSACTION_MEMO, tx.getMemo())).isEqualTo("rent flat 3");
    assertThat(tx.getTransactionId()).isEqualTo("tx-1");
    assertThat(tx.getCustomerId()).isEqualTo("cust-1");
  }

  @Test
  void seals_account_involved_accounts_and_summary_of_an_alert() {
    Alert alert = sealer.seal(alert("cust-1"));

    assertThat(open(SealedFields.ALERT_ACCOUNT, alert.getAccountId())).isEqualTo("DE-ACC-1");
    assertThat(alert.getInvolvedAccounts())
        .map(v -> open(SealedFields.ALERT_INVOLVED_ACCOUNT, v))
        .containsExactly("DE-ACC-1", "GB-CP-9");
    assertThat(open(SealedFields.ALERT_SUMMARY, alert.getSummary()))
        .isEqualTo("DE-ACC-1 sent 9,900 EUR to Ada Lovelace");
  }

  @Test
  void a_record_without_customer_is_left_as_it_is() {
    Alert alert = alert(null);
    sealer.seal(alert);

    assertThat(alert.getAccountId()).isEqualTo("DE-ACC-1");
    assertThat(alert.getSummary()).startsWith("DE-ACC-1 sent");
  }

  @Test
  void an_erased_subject_gets_the_erased_marker_never_the_plaintext() {
    keys.shred("cust-1");

    Transaction tx = sealer.seal(scored("cust-1")).getTransaction();

    assertThat(List.of(tx.getAccountId(), tx.getCounterpartyName(), tx.getMemo()))
        .containsOnly(SealedFields.ERASED);
  }

  @Test
  void a_token_of_the_same_subject_and_field_is_kept_not_sealed_twice() {
    String token = fields.seal("cust-1", SealedFields.ALERT_SUMMARY, "why it fired");

    assertThat(fields.seal("cust-1", SealedFields.ALERT_SUMMARY, token)).isEqualTo(token);
  }

  @Test
  void a_token_of_another_subject_or_field_is_sealed_as_text_and_opens_to_itself() {
    String foreign = fields.seal("cust-2", SealedFields.ALERT_SUMMARY, "someone else");

    String sealed = fields.seal("cust-1", SealedFields.ALERT_SUMMARY, foreign);
    String otherField = fields.seal("cust-2", SealedFields.ALERT_ACCOUNT, foreign);

    assertThat(sealed).isNotEqualTo(foreign).startsWith("fnx1:");
    assertThat(open(SealedFields.ALERT_SUMMARY, sealed)).isEqualTo(foreign);
    assertThat(otherField).isNotEqualTo(foreign);
  }

  @Test
  void a_token_of_an_erased_subject_becomes_the_erased_marker() {
    String token = fields.seal("cust-1", SealedFields.TRANSACTION_MEMO, "rent");
    keys.shred("cust-1");

    assertThat(fields.seal("cust-1", SealedFields.TRANSACTION_MEMO, token))
        .isEqualTo(SealedFields.ERASED);
    assertThat(fields.open("cust-1", SealedFields.TRANSACTION_MEMO, token))
        .isEqualTo(SealedFields.ERASED);
  }

  @Test
  void unsealed_passes_records_through() {
    ScoredTransaction scored = scored("cust-1");

    assertThat(PayloadSealer.UNSEALED.seal(scored).getTransaction().getMemo())
        .isEqualTo("rent flat 3");
    assertThat(PayloadSealer.UNSEALED.seals()).isFalse();
  }

  private String open(String field, String token) {
    return fields.open("cust-1", field, token);
  }

  private static byte[] key() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return key;
  }

  static ScoredTransaction scored(String customer) {
    Transaction tx =
        Transaction.newBuilder()
            .setTransactionId("tx-1")
            .setEventTime(Instant.parse("2026-01-01T10:00:00Z"))
            .setAccountId("DE-ACC-1")
            .setCustomerId(customer == null ? "" : customer)
            .setDirection(Direction.DEBIT)
            .setCounterpartyAccountId("GB-CP-9")
            .setCounterpartyName("Ada Lovelace")
            .setAmount(new BigDecimal("9900.0000"))
            .setCurrency("EUR")
            .setChannel(Channel.WIRE)
            .setMemo("rent flat 3")
            .build();
    return ScoredTransaction.newBuilder()
        .setTransaction(tx)
        .setRiskScore(0.5)
        .setRuleHits(List.of())
        .setShadowScores(Map.of())
        .setScoredAt(Instant.parse("2026-01-01T10:00:01Z"))
        .build();
  }

  static Alert alert(String customer) {
    return Alert.newBuilder()
        .setAlertId("a-1")
        .setTypology("STRUCTURING")
        .setKind(AlertKind.AML)
        .setEngine("test")
        .setCreatedAt(Instant.parse("2026-01-01T10:00:00Z"))
        .setRiskScore(0.9)
        .setAccountId("DE-ACC-1")
        .setCustomerId(customer)
        .setInvolvedAccounts(List.of("DE-ACC-1", "GB-CP-9"))
        .setSummary("DE-ACC-1 sent 9,900 EUR to Ada Lovelace")
        .setTransactionIds(List.of("tx-1"))
        .setRuleHits(List.of())
        .setFeatures(List.of())
        .build();
  }
}
