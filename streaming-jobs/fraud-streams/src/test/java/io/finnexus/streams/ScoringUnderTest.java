package io.finnexus.streams;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.alert.AlertFactory;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.aml.AmlThresholds;
import io.finnexus.scoring.fraud.Assessment;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.scoring.movement.LedgerMode;
import io.finnexus.scoring.replay.ReplayScorer;
import io.finnexus.streams.model.ArtifactSource;
import io.finnexus.streams.model.CoreModelSwap;
import io.finnexus.streams.model.ModelLineupListener;
import io.finnexus.streams.score.AccountScorer;
import io.finnexus.streams.score.CoreAccountScorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The real scoring core as the tests bind it (default thresholds, rules only until a model event,
 * inline artifacts), and the replay path's fraud alerts for the same input to compare with.
 */
record ScoringUnderTest(AccountScorer scorer, ModelLineupListener models) {

  static ScoringUnderTest create() {
    FraudScorer core = new FraudScorer(FraudThresholds.defaults());
    return new ScoringUnderTest(
        new CoreAccountScorer(
            core, Clock.systemUTC(), StreamsSettings.from(key -> null).stateCacheAccounts()),
        new CoreModelSwap(core, ArtifactSource.inlineOnly(), null));
  }

  /**
   * Every fraud alert id the core's replay path emits for {@code input} (event-time order), one per
   * emission: an alert re-emitted in its episode appears again with the same id.
   */
  static List<String> replayAlertIds(List<Transaction> input) {
    var replay =
        new ReplayScorer(
            AmlThresholds.defaults(),
            new FraudScorer(FraudThresholds.defaults()),
            LedgerMode.DOUBLE_ENTRY);
    List<String> ids = new ArrayList<>();
    for (Transaction t : input) {
      Assessment a = replay.accept(t);
      for (Finding f : a.findings()) {
        ids.add(AlertFactory.toAlert(f, ReplayScorer.ENGINE).getAlertId());
      }
    }
    return ids;
  }
}
