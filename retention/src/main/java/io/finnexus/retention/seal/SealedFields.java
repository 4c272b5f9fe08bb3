package io.finnexus.retention.seal;

/**
 * The field names bound into each sealed value (a token moved to another field does not open), and
 * the marker stored in place of a value whose subject was erased. One place for every writer, so a
 * token an engine publishes is exactly what the API stores and opens.
 */
public final class SealedFields {

  /** Stored and shown in place of a personal value whose subject was erased. */
  public static final String ERASED = "[erased]";

  public static final String ALERT_ACCOUNT = "alert.account_id";
  public static final String ALERT_INVOLVED_ACCOUNT = "alert.involved_account";
  public static final String ALERT_SUMMARY = "alert.summary";

  public static final String TRANSACTION_ACCOUNT = "transaction.account_id";
  public static final String TRANSACTION_COUNTERPARTY_ACCOUNT =
      "transaction.counterparty_account_id";
  public static final String TRANSACTION_COUNTERPARTY_NAME = "transaction.counterparty_name";
  public static final String TRANSACTION_MEMO = "transaction.memo";

  private SealedFields() {}
}
