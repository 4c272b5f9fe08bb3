package io.finnexus.retention.crypto;

/**
 * A typed rejection of a personal-data operation: the caller gets a reason it can act on instead of
 * a generic crypto exception. Never carries the plaintext or key material in its message.
 */
public final class PersonalDataRejected extends RuntimeException {

  /** Why the operation was refused. */
  public enum Reason {
    /** The subject id or field name is blank or too long. */
    INVALID_INPUT,
    /** The token is not of the {@code fnx1:<version>:<base64>} form. */
    MALFORMED_TOKEN,
    /** The token does not authenticate for this subject and field (moved, edited or forged). */
    TAMPERED,
    /** No data key was ever created for the subject, so the token cannot be theirs. */
    UNKNOWN_SUBJECT,
    /** The subject was erased: nothing new may be encrypted under their identity. */
    SUBJECT_SHREDDED,
    /** The master key version that wrapped the data key is not configured. */
    MASTER_KEY_UNAVAILABLE
  }

  private final Reason reason;

  public PersonalDataRejected(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
