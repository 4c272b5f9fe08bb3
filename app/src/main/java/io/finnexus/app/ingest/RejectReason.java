package io.finnexus.app.ingest;

/**
 * Why an input row was not turned into a transaction; stable names for reports and rejects files.
 */
public enum RejectReason {
  EMPTY_LINE,
  MALFORMED_CSV,
  WRONG_COLUMN_COUNT,
  MISSING_FIELD,
  BAD_ID,
  BAD_TIMESTAMP,
  BAD_AMOUNT,
  BAD_CURRENCY,
  CURRENCY_NOT_ISO_4217,
  BAD_COUNTRY,
  BAD_MERCHANT_CATEGORY,
  BAD_ENUM,
  BAD_LABEL,
  BAD_NUMBER,
  UNKNOWN_ACCOUNT,
  /** The shared transaction validator refused it; the detail starts with its reason code. */
  INVALID_TRANSACTION
}
