package io.finnexus.app.ingest;

/**
 * Thrown by row parsers to reject the current row; the source turns it into a {@link Reject} with
 * the file and line. Never escapes a {@link TransactionSource}.
 */
final class RowRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final RejectReason reason;

  RowRejectedException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
