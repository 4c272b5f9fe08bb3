package io.finnexus.flink;

/**
 * The uid and name of every operator of the AML job. Uids key the operator state in checkpoints and
 * savepoints: never change one of an operator that keeps state, or a restart from a savepoint loses
 * that state.
 */
public final class OperatorIds {
  public static final String TRANSACTIONS_SOURCE = "transactions-source";
  public static final String RULES_SOURCE = "aml-rules-source";
  public static final String INGEST_ROUTER = "ingest-router";
  public static final String LEG_SPLITTER = "leg-splitter";
  public static final String ACCOUNT_MONITOR = "account-monitor";
  public static final String CYCLE_LEGS = "cycle-legs";
  public static final String SANCTIONS_SCREENING = "sanctions-screening";
  public static final String SEAL_ALERTS = "seal-alerts";
  public static final String ALERTS_SINK = "alerts-sink";
  public static final String DLQ_SINK = "dlq-sink";
  public static final String LATE_SINK = "late-sink";

  private OperatorIds() {}

  /** The uid of the cycle stage receiving path tokens of {@code hop} hops (1..maxHops). */
  public static String cycleHop(int hop) {
    return "cycle-hop-" + hop;
  }
}
