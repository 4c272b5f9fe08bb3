package io.finnexus.scoring.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a replay measured. Accounts: flagged = party ({@code involved_accounts}) of any alert;
 * positive = took part in a laundering- or fraud-labelled transaction, or listed as a laundering
 * account by the data set. Transactions: flagged = cited by any alert. Per planted typology: recall
 * of its transactions and accounts by any alert; per detector typology: alerts and the precision of
 * what they cite.
 */
public record EvaluationReport(
    long transactions,
    int alerts,
    Metrics accounts,
    Metrics transactionsFlagged,
    Map<String, Planted> plantedTypologies,
    Map<String, Detector> detectorTypologies) {

  /** Recall figures of one planted typology. */
  public record Planted(long transactions, double txRecall, long accounts, double accountRecall) {}

  /** Precision figures of one detector typology. */
  public record Detector(
      int alerts,
      long citedTransactions,
      double txPrecision,
      long flaggedAccounts,
      double accountPrecision) {}

  /** The one-line summary the CLI prints last. */
  public String evalLine() {
    return String.format(
        Locale.ROOT,
        "EVAL accounts_precision=%.4f accounts_recall=%.4f accounts_f1=%.4f"
            + " tx_precision=%.4f tx_recall=%.4f tx_f1=%.4f alerts=%d",
        accounts.precision(),
        accounts.recall(),
        accounts.f1(),
        transactionsFlagged.precision(),
        transactionsFlagged.recall(),
        transactionsFlagged.f1(),
        alerts);
  }

  /** A readable per-typology table. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-24s %8s %9s %8s %9s%n",
            "planted typology",
            "tx",
            "tx_recall",
            "accounts",
            "acc_recall"));
    plantedTypologies.forEach(
        (k, v) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "%-24s %8d %9.4f %8d %9.4f%n",
                    k,
                    v.transactions(),
                    v.txRecall(),
                    v.accounts(),
                    v.accountRecall())));
    b.append(
        String.format(
            Locale.ROOT,
            "%-24s %8s %9s %8s %9s%n",
            "detector typology",
            "alerts",
            "tx_prec",
            "accounts",
            "acc_prec"));
    detectorTypologies.forEach(
        (k, v) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "%-24s %8d %9.4f %8d %9.4f%n",
                    k,
                    v.alerts(),
                    v.txPrecision(),
                    v.flaggedAccounts(),
                    v.accountPrecision())));
    return b.toString();
  }

  public void writeJson(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
  }
}
