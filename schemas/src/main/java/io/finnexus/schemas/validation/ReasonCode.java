package io.finnexus.schemas.validation;

/**
 * Why an input record was rejected. The constant names are the stable codes written to the dead
 * letter topic and table and counted in metrics: add codes, never rename or remove one.
 */
public enum ReasonCode {
  /** The bytes are not a record: random bytes, truncated Avro, unknown format version. */
  UNDECODABLE,
  /** The raw record is larger than {@link ValidationLimits#maxRecordBytes()}. */
  RECORD_TOO_LARGE,
  /** A required field is null or absent. */
  MISSING_FIELD,
  /** An identifier is empty or only whitespace. */
  BLANK_ID,
  /** A text field contains control characters (ids and names: any; memo: other than tab/CR/LF). */
  CONTROL_CHARACTER,
  /** An id, name or memo is longer than its limit. */
  FIELD_TOO_LONG,
  /** Amount text that is not a plain decimal number (letters, exponent, separators, empty). */
  MALFORMED_AMOUNT,
  /** Amount text NaN or Infinity, which a BigDecimal cannot hold. */
  NON_FINITE_AMOUNT,
  /** The amount is below zero: the direction carries the sign, the amount never does. */
  NEGATIVE_AMOUNT,
  /** The amount is zero (not a monetary movement) while zero amounts are not allowed. */
  ZERO_AMOUNT,
  /** The amount is above {@link ValidationLimits#maxAmount()}. */
  AMOUNT_TOO_LARGE,
  /** The amount has more than four significant decimal places (Avro decimal(18,4)). */
  BAD_SCALE,
  /** The currency is not an ISO 4217 code known to the JDK (nor an allowed extra). */
  UNKNOWN_CURRENCY,
  /** The event time is later than now plus {@link ValidationLimits#maxClockSkew()}. */
  FUTURE_TIMESTAMP,
  /** The event time is before {@link ValidationLimits#earliestEventTime()}. */
  ANCIENT_TIMESTAMP,
  /** A country is not an ISO 3166-1 alpha-2 code (nor an allowed extra). */
  BAD_COUNTRY,
  /** The merchant category is not a four-digit ISO 18245 MCC. */
  BAD_MERCHANT_CATEGORY,
  /**
   * The validator itself failed on this record (a bug in FinNexus, not in the input); the record is
   * kept in the dead letters so it can be replayed once fixed.
   */
  VALIDATOR_ERROR,
  /**
   * A valid record on which the scoring engine failed (a bug in FinNexus or corrupt account state,
   * not bad input); the record goes to the dead letters, the account state is left as it was, and
   * the stream goes on. Replay it once fixed.
   */
  SCORING_ERROR
}
