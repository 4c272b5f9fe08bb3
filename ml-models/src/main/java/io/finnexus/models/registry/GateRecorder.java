package io.finnexus.models.registry;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.metrics.ModelMetrics;
import io.finnexus.models.runtime.Evaluation;
import io.finnexus.models.runtime.LoadedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Evaluates candidate and champion on the holdout, applies the gate and records its decision. */
final class GateRecorder {
  private final PromotionGate gate;
  private final MongoModelStore store;

  GateRecorder(PromotionGate gate, MongoModelStore store) {
    this.gate = gate;
    this.store = store;
  }

  GateDecision decide(
      LoadedModel candidate, LoadedModel champion, FeatureTable holdout, Instant now) {
    GateDecision decision;
    try {
      ModelMetrics c = Evaluation.evaluate(candidate, holdout);
      ModelMetrics ch = champion == null ? null : Evaluation.evaluate(champion, holdout);
      decision = gate.decide(candidate.id(), c, champion == null ? null : champion.id(), ch, now);
    } catch (IllegalArgumentException e) {
      decision =
          new GateDecision(
              candidate.id(),
              champion == null ? null : champion.id(),
              gate.metric(),
              Double.NaN,
              Double.NaN,
              gate.tolerance(),
              false,
              "not comparable on the holdout: " + e.getMessage(),
              now);
    }
    record(decision);
    return decision;
  }

  private void record(GateDecision d) {
    store.decisions.insertOne(
        new Document("candidateId", d.candidateId())
            .append("championId", d.championId())
            .append("metric", d.metric())
            .append("candidateValue", d.candidateValue())
            .append("championValue", d.championValue())
            .append("tolerance", d.tolerance())
            .append("accepted", d.accepted())
            .append("reason", d.reason())
            .append("decidedAt", Date.from(d.decidedAt())));
  }

  List<GateDecision> decisionsFor(String candidateId) {
    List<GateDecision> out = new ArrayList<>();
    store
        .decisions
        .find(Filters.eq("candidateId", candidateId))
        .sort(Sorts.ascending("_id"))
        .forEach(
            d ->
                out.add(
                    new GateDecision(
                        d.getString("candidateId"),
                        d.getString("championId"),
                        d.getString("metric"),
                        d.getDouble("candidateValue"),
                        d.getDouble("championValue"),
                        d.getDouble("tolerance"),
                        d.getBoolean("accepted"),
                        d.getString("reason"),
                        d.getDate("decidedAt").toInstant())));
    return out;
  }
}
