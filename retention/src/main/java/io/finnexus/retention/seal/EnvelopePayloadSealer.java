package io.finnexus.retention.seal;

import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import java.util.ArrayList;
import java.util.List;

/** {@link PayloadSealer} by envelope encryption under the subject's data key. */
public final class EnvelopePayloadSealer implements PayloadSealer {

  private final FieldSealer fields;

  public EnvelopePayloadSealer(PersonalDataCipher cipher) {
    this.fields = new FieldSealer(cipher);
  }

  @Override
  public Alert seal(Alert alert) {
    String subject = alert.getCustomerId();
    alert.setAccountId(fields.seal(subject, SealedFields.ALERT_ACCOUNT, alert.getAccountId()));
    List<String> involved = new ArrayList<>(alert.getInvolvedAccounts().size());
    for (String account : alert.getInvolvedAccounts()) {
      involved.add(fields.seal(subject, SealedFields.ALERT_INVOLVED_ACCOUNT, account));
    }
    alert.setInvolvedAccounts(involved);
    alert.setSummary(fields.seal(subject, SealedFields.ALERT_SUMMARY, alert.getSummary()));
    return alert;
  }

  @Override
  public ScoredTransaction seal(ScoredTransaction scored) {
    Transaction tx = scored.getTransaction();
    String subject = tx.getCustomerId();
    tx.setAccountId(fields.seal(subject, SealedFields.TRANSACTION_ACCOUNT, tx.getAccountId()));
    tx.setCounterpartyAccountId(
        fields.seal(
            subject, SealedFields.TRANSACTION_COUNTERPARTY_ACCOUNT, tx.getCounterpartyAccountId()));
    tx.setCounterpartyName(
        fields.seal(subject, SealedFields.TRANSACTION_COUNTERPARTY_NAME, tx.getCounterpartyName()));
    tx.setMemo(fields.seal(subject, SealedFields.TRANSACTION_MEMO, tx.getMemo()));
    return scored;
  }

  @Override
  public boolean seals() {
    return true;
  }
}
