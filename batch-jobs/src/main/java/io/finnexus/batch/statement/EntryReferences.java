package io.finnexus.batch.statement;

/**
 * The identifiers a statement entry can be matched on. Any of them may be {@code null}.
 *
 * @param endToEndId the payer's end-to-end id ({@code Refs/EndToEndId}), or the CSV {@code
 *     reference}
 * @param accountServicerRef the bank's own reference ({@code AcctSvcrRef}, entry level first)
 * @param transactionId the transaction id ({@code Refs/TxId}, CSV {@code transaction_id})
 * @param uetr the SWIFT gpi unique end-to-end transaction reference ({@code Refs/UETR})
 */
public record EntryReferences(
    String endToEndId, String accountServicerRef, String transactionId, String uetr) {

  /** No references at all. */
  public static final EntryReferences NONE = new EntryReferences(null, null, null, null);
}
