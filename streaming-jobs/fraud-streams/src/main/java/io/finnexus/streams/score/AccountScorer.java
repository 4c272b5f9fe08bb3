package io.finnexus.streams.score;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import java.util.List;

/**
 * What the engine asks of the scoring core for one transaction: given the account's encoded state
 * before it, the scored record, the alert if any, and the encoded state after it. The engine only
 * stores the state bytes and routes the results; features, rules and models live in the core.
 *
 * <p>Contract: deterministic for a given model lineup (a replay of the same input yields the same
 * scores and alert ids); never returns null; thread-confined per stream task: the score processor
 * of each task scores through its own {@link #forTask()}.
 */
public interface AccountScorer {

  /**
   * A scorer for one stream task's exclusive use, asked for each time the task's processor
   * initialises; it may keep per-task caches. The default, for stateless scorers, is this one.
   */
  default AccountScorer forTask() {
    return this;
  }

  /**
   * Scores {@code transaction}.
   *
   * @param previousState the account's state as last returned in {@link Outcome#nextState()}, or
   *     null for an account never seen (or whose state expired)
   */
  Outcome score(Transaction transaction, byte[] previousState);

  /**
   * The result of scoring one transaction.
   *
   * @param scored the {@code scored-transactions} record, always present
   * @param alerts the alerts to raise, usually none: one per fired rule (a re-emission within an
   *     episode keeps the alert's deterministic id, so the alert store upserts it)
   * @param nextState the account's state to store for its next transaction
   */
  record Outcome(ScoredTransaction scored, List<Alert> alerts, byte[] nextState) {}
}
