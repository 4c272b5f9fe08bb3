package io.finnexus.schemas.codec;

/**
 * Bytes that are not a record of the expected type, or a record that cannot be written. Unchecked
 * because callers on the untrusted path go through the validator, which turns it into a typed
 * rejection, and callers on trusted paths (internal topics) treat it as a bug.
 */
public final class CodecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure without an underlying cause. */
  public CodecException(String message) {
    super(message);
  }

  /** A failure caused by Avro or I/O. */
  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
