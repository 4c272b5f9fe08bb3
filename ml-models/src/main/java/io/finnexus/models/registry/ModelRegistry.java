package io.finnexus.models.registry;

import com.mongodb.client.MongoDatabase;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.Sha256;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.runtime.LoadedModel;
import io.finnexus.models.runtime.ModelLoader;
import io.finnexus.schemas.avro.ModelStage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Registers, stages, promotes and rolls back models. A model enters as {@code CANDIDATE}; may run
 * as {@code SHADOW}; becomes {@code CHAMPION} only through the {@link PromotionGate} on the slot's
 * registered holdout (the decision is recorded either way); the replaced champion is {@code
 * RETIRED}. {@link #rollback} brings the previous champion back. Every stage change is published as
 * a {@code ModelEvent}. Loading re-checks the artifact's SHA-256, so a tampered artifact is
 * refused.
 */
public final class ModelRegistry {
  private final MongoModelStore store;
  private final HoldoutStore holdouts;
  private final GateRecorder gate;
  private final ModelEventPublisher publisher;
  private final Clock clock;

  public ModelRegistry(
      MongoDatabase db, PromotionGate gate, ModelEventPublisher publisher, Clock clock) {
    this.store = new MongoModelStore(db);
    this.holdouts = new HoldoutStore(store);
    this.gate = new GateRecorder(gate, store);
    this.publisher = publisher;
    this.clock = clock;
  }

  public RegisteredModel register(ModelArtifact artifact) {
    String id = artifact.manifest().modelId();
    if (store.find(id).isPresent()) {
      throw new RegistryException("model " + id + " is already registered");
    }
    byte[] fnx = ArtifactCodec.toBytes(artifact);
    Instant now = clock.instant();
    String fileId = store.putFile(id + ".fnx", fnx);
    RegisteredModel model =
        new RegisteredModel(
            id,
            artifact.manifest().modelName(),
            artifact.manifest().version(),
            artifact.manifest().kind(),
            ModelStage.CANDIDATE,
            Sha256.hex(fnx),
            fileId,
            now,
            now);
    store.insert(model);
    publisher.publish(ModelEvents.of(model, now));
    return model;
  }

  public void registerHoldout(String modelName, FeatureTable holdout) {
    holdouts.put(modelName, holdout);
  }

  public Optional<RegisteredModel> get(String modelId) {
    return store.find(modelId);
  }

  public List<RegisteredModel> list(String modelName) {
    return store.byName(modelName);
  }

  public Optional<RegisteredModel> champion(String modelName) {
    return store.byStage(modelName, ModelStage.CHAMPION).stream().findFirst();
  }

  public List<RegisteredModel> shadows(String modelName) {
    return store.byStage(modelName, ModelStage.SHADOW);
  }

  public List<GateDecision> decisions(String candidateId) {
    return gate.decisionsFor(candidateId);
  }

  /** The artifact bytes, verified against the SHA-256 recorded at registration. */
  public ModelArtifact loadArtifact(String modelId) {
    RegisteredModel model = require(modelId);
    byte[] fnx = store.getFile(model.gridFsId());
    String actual = Sha256.hex(fnx);
    if (!actual.equals(model.artifactSha256())) {
      throw new InvalidArtifactException(
          "artifact of model "
              + modelId
              + " fails its integrity check: SHA-256 "
              + actual
              + " differs from the registered "
              + model.artifactSha256()
              + "; it was modified after registration, refusing to load");
    }
    return ArtifactCodec.fromBytes(fnx);
  }

  public LoadedModel load(String modelId) {
    return ModelLoader.load(loadArtifact(modelId));
  }

  public RegisteredModel toShadow(String modelId) {
    return move(require(modelId), ModelStage.CANDIDATE, ModelStage.SHADOW, "shadow run");
  }

  public RegisteredModel retire(String modelId) {
    RegisteredModel m = require(modelId);
    return move(m, m.stage(), ModelStage.RETIRED, "retired by request");
  }

  /**
   * Runs the gate against the current champion on the registered holdout; on acceptance the
   * candidate (or shadow) becomes champion and the old champion is retired.
   */
  public GateDecision promote(String modelId) {
    RegisteredModel candidate = require(modelId);
    if (candidate.stage() != ModelStage.CANDIDATE && candidate.stage() != ModelStage.SHADOW) {
      throw new RegistryException(
          "only a candidate or shadow can be promoted; " + modelId + " is " + candidate.stage());
    }
    Optional<RegisteredModel> champion = champion(candidate.modelName());
    FeatureTable holdout =
        holdouts
            .get(candidate.modelName())
            .orElseThrow(
                () ->
                    new RegistryException(
                        "no holdout registered for "
                            + candidate.modelName()
                            + "; register one first"));
    GateDecision decision =
        gate.decide(
            load(modelId),
            champion.map(c -> load(c.modelId())).orElse(null),
            holdout,
            clock.instant());
    if (decision.accepted()) {
      champion.ifPresent(
          c -> move(c, ModelStage.CHAMPION, ModelStage.RETIRED, "replaced by " + modelId));
      move(candidate, candidate.stage(), ModelStage.CHAMPION, decision.reason());
    }
    return decision;
  }

  /** Retires the current champion and reinstates the one before it. */
  public RegisteredModel rollback(String modelName) {
    RegisteredModel current =
        champion(modelName)
            .orElseThrow(
                () -> new RegistryException("no champion of " + modelName + " to roll back"));
    String previousId =
        store.championHistory(modelName).stream()
            .filter(id -> !id.equals(current.modelId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RegistryException(
                        "no previous champion of " + modelName + " to roll back to"));
    RegisteredModel previous = require(previousId);
    loadArtifact(previousId);
    move(current, ModelStage.CHAMPION, ModelStage.RETIRED, "rolled back");
    return move(
        previous, previous.stage(), ModelStage.CHAMPION, "rollback from " + current.modelId());
  }

  private RegisteredModel move(RegisteredModel m, ModelStage from, ModelStage to, String reason) {
    Instant now = clock.instant();
    if (!store.changeStage(m.modelId(), from, to, now, reason)) {
      throw new RegistryException(
          "model "
              + m.modelId()
              + " is no longer "
              + from
              + "; stage change to "
              + to
              + " refused");
    }
    RegisteredModel moved = require(m.modelId());
    publisher.publish(ModelEvents.of(moved, now));
    return moved;
  }

  private RegisteredModel require(String modelId) {
    return store.find(modelId).orElseThrow(() -> new RegistryException("no model " + modelId));
  }
}
