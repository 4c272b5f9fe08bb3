package io.finnexus.api.personal;

import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.crypto.PersonalDataRejected;
import io.finnexus.retention.seal.FieldSealer;
import io.finnexus.retention.seal.SealedFields;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals personal fields under their subject's data key for storage, and opens them for display.
 *
 * <p>Sealing ({@link FieldSealer}'s rules, shared with the engines): a value without a subject (an
 * operations alert with no customer) stays as it is, since there is no one to erase it for; a value
 * the engine already sealed for the same subject and field is stored as it is, never sealed twice;
 * a value of an already erased subject (a late replay) is stored as {@link #ERASED}, never in
 * clear. Opening: values not in the cipher's token form (written before encryption, or by a writer
 * without subjects) are shown as stored; a token of an erased subject shows {@link #ERASED}; a
 * token that does not open (tampered, unknown subject) shows {@link #UNREADABLE}. Opening never
 * throws, so a read never fails with a 500.
 */
@Component
public class PersonalFields {

  /** Shown in place of a personal value whose subject was erased. */
  public static final String ERASED = SealedFields.ERASED;

  /** Shown in place of a stored token that does not open for its subject and field. */
  public static final String UNREADABLE = "[unreadable]";

  /**
   * Field names bound into each token (a token moved to another column does not open); defined once
   * in {@link SealedFields}, so the engines' tokens are the ones stored here.
   */
  public static final String ALERT_ACCOUNT = SealedFields.ALERT_ACCOUNT;

  public static final String ALERT_INVOLVED_ACCOUNT = SealedFields.ALERT_INVOLVED_ACCOUNT;
  public static final String ALERT_SUMMARY = SealedFields.ALERT_SUMMARY;

  /** Officers' free text (API only; the engines never write these). */
  public static final String CASE_TITLE = "case.title";

  public static final String CASE_COMMENT = "case.comment";
  public static final String CASE_SAR_NARRATIVE = "case.sar_narrative";
  public static final String ALERT_CLOSE_REASON = "audit.alert_close.reason";

  private static final Logger LOG = LoggerFactory.getLogger(PersonalFields.class);

  private final PersonalDataCipher cipher;
  private final FieldSealer sealer;

  public PersonalFields(PersonalDataCipher cipher) {
    this.cipher = cipher;
    this.sealer = new FieldSealer(cipher);
  }

  /** The stored form of {@code value}; null stays null. */
  public String seal(String subjectId, String field, String value) {
    return sealer.seal(subjectId, field, value);
  }

  public String[] seal(String subjectId, String field, List<String> values) {
    return values.stream().map(v -> seal(subjectId, field, v)).toArray(String[]::new);
  }

  /** The displayable form of a stored value. */
  public String open(String subjectId, String field, String stored) {
    if (stored == null || !FieldSealer.isToken(stored) || subjectId == null) {
      return stored;
    }
    try {
      return cipher.decrypt(subjectId, field, stored).orElse(ERASED);
    } catch (PersonalDataRejected e) {
      LOG.warn("a stored {} does not open: {}", field, e.reason());
      return UNREADABLE;
    } catch (RuntimeException e) { // key store unreachable: show the field as unreadable
      LOG.warn("could not open a stored {}: {}", field, e.toString());
      return UNREADABLE;
    }
  }

  public List<String> open(String subjectId, String field, List<String> stored) {
    return stored.stream().map(v -> open(subjectId, field, v)).toList();
  }
}
