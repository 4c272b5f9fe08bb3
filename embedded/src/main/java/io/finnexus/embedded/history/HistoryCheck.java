package io.finnexus.embedded.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the recorded history of a run under an injected fault (broker or database restart, a
 * killed task or instance): no input lost, none processed twice, every expected alert stored
 * exactly as often as expected, no alert about an input that was never produced, each expected
 * audit entry written exactly once, and an unbroken audit chain.
 *
 * <p>Contract: collect facts with the fluent methods, then {@link #verify()}; it throws one {@link
 * AssertionError} listing every problem found, each naming the ids concerned (at most {@value
 * #SHOWN} per problem), and returns quietly otherwise. A check with nothing to compare fails: a
 * history checker that cannot fail proves nothing.
 */
public final class HistoryCheck {

  static final int SHOWN = 20;

  /** An alert as recorded: its id and the ids of the inputs (transactions) it is about. */
  public record StoredAlert(String alertId, List<String> sourceIds) {}

  /** One entry of the audit log: its action (e.g. {@code ALERT_CLOSE}) and subject id. */
  public record AuditRecord(String action, String subjectId) {}

  /** What the product's own chain verifier said. */
  public record ChainVerdict(boolean valid, long entries, Long brokenAtSeq, String reason) {}

  private final String fault;
  private final List<String> problems = new ArrayList<>();
  private Set<String> inputs;
  private int facts;

  private HistoryCheck(String fault) {
    this.fault = fault;
  }

  /** A check of the history recorded under {@code fault} (named in the failure message). */
  public static HistoryCheck after(String fault) {
    return new HistoryCheck(fault);
  }

  /** The ids of every input produced (each distinct). */
  public HistoryCheck inputsProduced(Collection<String> inputIds) {
    inputs = Set.copyOf(inputIds);
    List<String> twice =
        countAll(inputIds).entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    report("inputs produced more than once by the test itself", twice);
    return this;
  }

  /** {@code outputIds}, e.g. scored transactions, must hold every input exactly once. */
  public HistoryCheck processedOncePerInput(String what, Collection<String> outputIds) {
    requireInputs(what);
    Map<String, Long> expected =
        inputs.stream().collect(Collectors.toMap(Function.identity(), id -> 1L));
    expectSame(what, expected, countAll(outputIds));
    return this;
  }

  /**
   * The alerts recorded must be exactly {@code expectedAlertIds}: each as many times as listed
   * there (once for a store with unique ids; a topic may legitimately carry an id again), and each
   * about inputs that were produced (if {@link #inputsProduced} was given).
   */
  public HistoryCheck alerts(
      String where, Collection<String> expectedAlertIds, Collection<StoredAlert> stored) {
    expectSame(
        "alerts in " + where,
        countAll(expectedAlertIds),
        countAll(stored.stream().map(StoredAlert::alertId).toList()));
    if (inputs != null) {
      List<String> phantom =
          stored.stream()
              .filter(a -> !inputs.containsAll(a.sourceIds()))
              .map(a -> a.alertId() + " (about " + a.sourceIds() + ")")
              .toList();
      report("alerts in " + where + " about inputs never produced", phantom);
    }
    return this;
  }

  /** Each of {@code expected} must appear in {@code entries} exactly once. */
  public HistoryCheck auditedOnce(List<AuditRecord> entries, Collection<AuditRecord> expected) {
    Map<String, Long> counts = countAll(entries.stream().map(HistoryCheck::label).toList());
    Map<String, Long> wanted = new TreeMap<>();
    expected.forEach(e -> wanted.put(label(e), 1L));
    Map<String, Long> seen = new TreeMap<>();
    wanted.keySet().forEach(k -> seen.put(k, counts.getOrDefault(k, 0L)));
    expectSame("audit entries", wanted, seen);
    return this;
  }

  /** The product's verifier must have found the chain intact. */
  public HistoryCheck auditChain(ChainVerdict verdict) {
    facts++;
    if (!verdict.valid()) {
      problems.add(
          "audit chain broken at seq "
              + verdict.brokenAtSeq()
              + " of "
              + verdict.entries()
              + ": "
              + verdict.reason());
    }
    return this;
  }

  /** Throws an {@link AssertionError} naming every problem found. */
  public void verify() {
    if (facts == 0) {
      problems.add("nothing was checked: give inputs, outputs, alerts or an audit verdict");
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "history after " + fault + " is wrong:\n  - " + String.join("\n  - ", problems));
    }
  }

  private void expectSame(String what, Map<String, Long> expected, Map<String, Long> actual) {
    facts++;
    List<String> lost = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    expected.forEach(
        (id, want) -> {
          long got = actual.getOrDefault(id, 0L);
          if (got < want) {
            lost.add(want == 1 ? id : id + " (" + got + " of " + want + ")");
          } else if (got > want) {
            duplicated.add(id + " (" + got + "x, expected " + want + ")");
          }
        });
    actual.forEach(
        (id, got) -> {
          if (!expected.containsKey(id)) {
            unexpected.add(got == 1 ? id : id + " (" + got + "x)");
          }
        });
    if (expected.isEmpty() && actual.isEmpty()) {
      problems.add(what + ": none expected and none found, so nothing was proven");
    }
    if (!lost.isEmpty() || !duplicated.isEmpty() || !unexpected.isEmpty()) {
      problems.add(
          what
              + ": expected "
              + total(expected)
              + " ("
              + expected.size()
              + " distinct), found "
              + total(actual)
              + " ("
              + actual.size()
              + " distinct)");
    }
    report(what + " lost", lost);
    report(what + " duplicated", duplicated);
    report(what + " not expected", unexpected);
  }

  private void report(String problem, List<String> ids) {
    if (!ids.isEmpty()) {
      String shown = ids.stream().limit(SHOWN).collect(Collectors.joining(", "));
      String more = ids.size() > SHOWN ? " … and " + (ids.size() - SHOWN) + " more" : "";
      problems.add(problem + " (" + ids.size() + "): " + shown + more);
    }
  }

  private void requireInputs(String what) {
    if (inputs == null) {
      throw new IllegalStateException("give inputsProduced(...) before checking " + what);
    }
  }

  private static Map<String, Long> countAll(Collection<String> ids) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ids.forEach(id -> counts.merge(id, 1L, Long::sum));
    return new TreeMap<>(counts);
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String label(AuditRecord r) {
    return r.action() + " " + r.subjectId();
  }
}
