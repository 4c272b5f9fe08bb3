package io.finnexus.scoring.replay;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.LabelledTransaction;
import io.finnexus.scoring.Typology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays labelled transactions (sorted by event time) through a {@link ReplayScorer} and measures
 * the alerts against the labels. Holds only the positive labels and the alerts, never the whole
 * file, so large inputs stream through.
 */
public final class Evaluator {
  private final ReplayScorer scorer;
  private final Map<String, Typology> positiveTx = new HashMap<>();
  private final Map<String, Set<Typology>> positiveAccounts = new HashMap<>();
  private final Set<String> accountsSeen = new HashSet<>();
  private long transactions;

  public Evaluator(ReplayScorer scorer) {
    this.scorer = scorer;
  }

  public void accept(LabelledTransaction row) {
    Transaction tx = row.transaction();
    transactions++;
    scorer.accept(tx);
    accountsSeen.add(tx.getAccountId());
    if (row.fraud() || row.laundering()) {
      Typology t = row.typology() != null ? row.typology() : Typology.CYCLE;
      positiveTx.put(tx.getTransactionId(), t);
      positiveAccounts.computeIfAbsent(tx.getAccountId(), k -> new HashSet<>()).add(t);
      if (tx.getCounterpartyCustomerId() != null) {
        positiveAccounts
            .computeIfAbsent(tx.getCounterpartyAccountId(), k -> new HashSet<>())
            .add(t);
      }
    }
  }

  /** Finishes the replay and computes the report; {@code launderingAccounts} may be empty. */
  public EvaluationReport report(Set<String> launderingAccounts) {
    scorer.finish();
    launderingAccounts.forEach(a -> positiveAccounts.computeIfAbsent(a, k -> new HashSet<>()));
    Set<String> flaggedTx = new HashSet<>();
    Set<String> flaggedAccounts = new HashSet<>();
    Map<String, Set<String>> txByDetector = new TreeMap<>();
    Map<String, Set<String>> accountsByDetector = new TreeMap<>();
    Map<String, Integer> alertsByDetector = new TreeMap<>();
    for (Alert a : scorer.alerts()) {
      flaggedTx.addAll(a.getTransactionIds());
      flaggedAccounts.addAll(a.getInvolvedAccounts());
      txByDetector
          .computeIfAbsent(a.getTypology(), k -> new HashSet<>())
          .addAll(a.getTransactionIds());
      accountsByDetector
          .computeIfAbsent(a.getTypology(), k -> new HashSet<>())
          .addAll(a.getInvolvedAccounts());
      alertsByDetector.merge(a.getTypology(), 1, Integer::sum);
    }
    return new EvaluationReport(
        transactions,
        scorer.alerts().size(),
        metrics(flaggedAccounts, positiveAccounts.keySet()),
        metrics(flaggedTx, positiveTx.keySet()),
        planted(flaggedTx, flaggedAccounts),
        detectors(txByDetector, accountsByDetector, alertsByDetector));
  }

  private Map<String, EvaluationReport.Planted> planted(Set<String> tx, Set<String> accounts) {
    Map<String, long[]> counts = new TreeMap<>();
    positiveTx.forEach(
        (id, t) -> {
          long[] c = counts.computeIfAbsent(t.name(), k -> new long[4]);
          c[0]++;
          c[1] += tx.contains(id) ? 1 : 0;
        });
    positiveAccounts.forEach(
        (acc, ts) ->
            ts.forEach(
                t -> {
                  long[] c = counts.computeIfAbsent(t.name(), k -> new long[4]);
                  c[2]++;
                  c[3] += accounts.contains(acc) ? 1 : 0;
                }));
    Map<String, EvaluationReport.Planted> out = new TreeMap<>();
    counts.forEach(
        (k, c) ->
            out.put(
                k, new EvaluationReport.Planted(c[0], ratio(c[1], c[0]), c[2], ratio(c[3], c[2]))));
    return out;
  }

  private Map<String, EvaluationReport.Detector> detectors(
      Map<String, Set<String>> tx, Map<String, Set<String>> accounts, Map<String, Integer> alerts) {
    Map<String, EvaluationReport.Detector> out = new TreeMap<>();
    alerts.forEach(
        (k, n) -> {
          Set<String> cited = tx.get(k);
          Set<String> acc = accounts.get(k);
          long txOk = cited.stream().filter(positiveTx::containsKey).count();
          long accOk = acc.stream().filter(positiveAccounts::containsKey).count();
          out.put(
              k,
              new EvaluationReport.Detector(
                  n,
                  cited.size(),
                  ratio(txOk, cited.size()),
                  acc.size(),
                  ratio(accOk, acc.size())));
        });
    return out;
  }

  private static Metrics metrics(Set<String> flagged, Set<String> positive) {
    long tp = flagged.stream().filter(positive::contains).count();
    return Metrics.of(tp, flagged.size() - tp, positive.size() - tp);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : a / (double) b;
  }

  public long accountsSeen() {
    return accountsSeen.size();
  }
}
