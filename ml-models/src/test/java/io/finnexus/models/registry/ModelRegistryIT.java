package io.finnexus.models.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.finnexus.embedded.EmbeddedMongo;
import io.finnexus.models.TrainedFixtures;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.models.data.FeatureTable;
import io.finnexus.models.train.GbtConfig;
import io.finnexus.models.train.GbtTrainer;
import io.finnexus.models.train.TrainingRun;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry on a real MongoDB wire server (embedded), GridFS included. */
class ModelRegistryIT {
  private static EmbeddedMongo mongo;
  private static MongoClient client;
  private static ModelArtifact good;
  private static ModelArtifact weak;
  private static FeatureTable holdout;

  private final List<ModelEvent> events = new ArrayList<>();
  private ModelRegistry registry;
  private String dbName;

  @BeforeAll
  static void startMongoAndTrain() {
    mongo = EmbeddedMongo.ephemeral().start();
    client = MongoClients.create(mongo.connectionString());
    TrainingRun.Result result = TrainedFixtures.gbt();
    good = result.artifact();
    holdout = result.split().validation();
    GbtConfig stump =
        new GbtConfig(1, 0.3, 1, 1, 1, 1, 1, 0, 0, 1, 7L, GbtConfig.defaults().classWeights());
    weak =
        new TrainingRun(ModelKind.FRAUD_GBT, new GbtTrainer(stump), 0.7, clockAt("2026-02-02"))
            .run(TrainedFixtures.fraudTable())
            .artifact();
  }

  @AfterAll
  static void stop() {
    client.close();
    mongo.close();
  }

  @BeforeEach
  void freshDatabase() {
    dbName = "registry_" + System.nanoTime();
    MongoDatabase db = client.getDatabase(dbName);
    registry =
        new ModelRegistry(db, new PromotionGate("pr_auc", 0.0), events::add, clockAt("2026-03-01"));
    registry.registerHoldout("fraud", holdout);
  }

  @Test
  void register_promote_through_the_gate_then_rollback() {
    RegisteredModel first = registry.register(good);
    assertThat(first.stage()).isEqualTo(ModelStage.CANDIDATE);
    assertThat(registry.promote(first.modelId()).accepted()).isTrue();
    assertThat(registry.champion("fraud")).map(RegisteredModel::modelId).contains(first.modelId());

    RegisteredModel worse = registry.register(weak);
    registry.toShadow(worse.modelId());
    GateDecision refused = registry.promote(worse.modelId());
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.candidateValue()).isLessThan(refused.championValue());
    assertThat(registry.decisions(worse.modelId())).containsExactly(refused);
    assertThat(registry.champion("fraud")).map(RegisteredModel::modelId).contains(first.modelId());

    registry.registerHoldout("fraud", holdout);
    PromotionGate lenient = new PromotionGate("pr_auc", 1.0);
    ModelRegistry lenientRegistry =
        new ModelRegistry(
            client.getDatabase(dbNameOf()), lenient, events::add, clockAt("2026-03-02"));
    assertThat(lenientRegistry.promote(worse.modelId()).accepted()).isTrue();
    assertThat(registry.get(first.modelId()))
        .map(RegisteredModel::stage)
        .contains(ModelStage.RETIRED);

    RegisteredModel restored = registry.rollback("fraud");
    assertThat(restored.modelId()).isEqualTo(first.modelId());
    assertThat(restored.stage()).isEqualTo(ModelStage.CHAMPION);
    assertThat(registry.get(worse.modelId()))
        .map(RegisteredModel::stage)
        .contains(ModelStage.RETIRED);
    assertThat(registry.load(first.modelId()).id()).isEqualTo(first.modelId());
    assertThat(events)
        .extracting(e -> e.getModelId() + ":" + e.getStage())
        .containsExactly(
            first.modelId() + ":CANDIDATE", first.modelId() + ":CHAMPION",
            worse.modelId() + ":CANDIDATE", worse.modelId() + ":SHADOW",
            first.modelId() + ":RETIRED", worse.modelId() + ":CHAMPION",
            worse.modelId() + ":RETIRED", first.modelId() + ":CHAMPION");
  }

  @Test
  void a_tampered_artifact_is_refused_on_load() {
    RegisteredModel model = registry.register(good);
    MongoDatabase db = client.getDatabase(dbNameOf());
    Document chunk =
        db.getCollection(MongoModelStore.BUCKET + ".chunks")
            .find(Filters.eq("files_id", new ObjectId(model.gridFsId())))
            .first();
    byte[] data = chunk.get("data", Binary.class).getData();
    data[data.length / 2] ^= 0x5A;
    db.getCollection(MongoModelStore.BUCKET + ".chunks")
        .updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(data)));

    assertThatThrownBy(() -> registry.load(model.modelId()))
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageContaining("integrity check")
        .hasMessageContaining(model.modelId());
  }

  @Test
  void registering_the_same_model_twice_is_refused() {
    registry.register(good);
    assertThatThrownBy(() -> registry.register(good)).isInstanceOf(RegistryException.class);
    assertThat(registry.list("fraud")).hasSize(1);
  }

  private String dbNameOf() {
    return dbName;
  }

  private static Clock clockAt(String day) {
    return Clock.fixed(Instant.parse(day + "T00:00:00Z"), ZoneOffset.UTC);
  }
}
