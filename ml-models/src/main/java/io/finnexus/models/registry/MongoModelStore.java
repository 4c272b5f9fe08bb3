package io.finnexus.models.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.finnexus.models.artifact.ModelKind;
import io.finnexus.schemas.avro.ModelStage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The registry's MongoDB layout: GridFS bucket {@value #BUCKET} for artifact and holdout bytes,
 * collections {@value #MODELS} (one document per model, {@code _id} = model id), {@value #HISTORY}
 * (every stage change, in insertion order), {@value #DECISIONS} (gate verdicts) and {@value
 * #HOLDOUTS}. Every write is a single-document operation.
 */
final class MongoModelStore {
  static final String BUCKET = "model_artifacts";
  static final String MODELS = "models";
  static final String HISTORY = "model_stage_history";
  static final String DECISIONS = "model_gate_decisions";
  static final String HOLDOUTS = "model_holdouts";

  final MongoCollection<Document> models;
  final MongoCollection<Document> history;
  final MongoCollection<Document> decisions;
  final MongoCollection<Document> holdouts;
  private final GridFSBucket files;

  MongoModelStore(MongoDatabase db) {
    this.models = db.getCollection(MODELS);
    this.history = db.getCollection(HISTORY);
    this.decisions = db.getCollection(DECISIONS);
    this.holdouts = db.getCollection(HOLDOUTS);
    this.files = GridFSBuckets.create(db, BUCKET);
    models.createIndex(Indexes.ascending("modelName", "version"), new IndexOptions().unique(true));
  }

  String putFile(String name, byte[] bytes) {
    return files.uploadFromStream(name, new ByteArrayInputStream(bytes)).toHexString();
  }

  byte[] getFile(String id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.downloadToStream(new ObjectId(id), out);
    return out.toByteArray();
  }

  void deleteFile(String id) {
    files.delete(new ObjectId(id));
  }

  void insert(RegisteredModel m) {
    models.insertOne(
        new Document("_id", m.modelId())
            .append("modelName", m.modelName())
            .append("version", m.version())
            .append("kind", m.kind().name())
            .append("stage", m.stage().name())
            .append("artifactSha256", m.artifactSha256())
            .append("gridFsId", m.gridFsId())
            .append("registeredAt", Date.from(m.registeredAt()))
            .append("stageChangedAt", Date.from(m.stageChangedAt())));
  }

  Optional<RegisteredModel> find(String modelId) {
    return Optional.ofNullable(models.find(Filters.eq("_id", modelId)).first())
        .map(MongoModelStore::toModel);
  }

  List<RegisteredModel> byName(String modelName) {
    List<RegisteredModel> out = new ArrayList<>();
    models
        .find(Filters.eq("modelName", modelName))
        .sort(Sorts.ascending("registeredAt"))
        .forEach(d -> out.add(toModel(d)));
    return out;
  }

  List<RegisteredModel> byStage(String modelName, ModelStage stage) {
    List<RegisteredModel> out = new ArrayList<>();
    models
        .find(Filters.and(Filters.eq("modelName", modelName), Filters.eq("stage", stage.name())))
        .forEach(d -> out.add(toModel(d)));
    return out;
  }

  /** Compare-and-set of one model's stage; false if it was no longer in {@code from}. */
  boolean changeStage(String modelId, ModelStage from, ModelStage to, Instant at, String reason) {
    long changed =
        models
            .updateOne(
                Filters.and(Filters.eq("_id", modelId), Filters.eq("stage", from.name())),
                new Document(
                    "$set",
                    new Document("stage", to.name()).append("stageChangedAt", Date.from(at))))
            .getModifiedCount();
    if (changed == 1) {
      String name = find(modelId).map(RegisteredModel::modelName).orElse("?");
      history.insertOne(
          new Document("modelId", modelId)
              .append("modelName", name)
              .append("from", from.name())
              .append("to", to.name())
              .append("at", Date.from(at))
              .append("reason", reason));
    }
    return changed == 1;
  }

  /** Ids of models that were made champion of {@code modelName}, most recent first. */
  List<String> championHistory(String modelName) {
    List<String> ids = new ArrayList<>();
    history
        .find(
            Filters.and(
                Filters.eq("modelName", modelName), Filters.eq("to", ModelStage.CHAMPION.name())))
        .sort(Sorts.descending("_id"))
        .forEach(d -> ids.add(d.getString("modelId")));
    return ids;
  }

  static RegisteredModel toModel(Document d) {
    return new RegisteredModel(
        d.getString("_id"),
        d.getString("modelName"),
        d.getString("version"),
        ModelKind.valueOf(d.getString("kind")),
        ModelStage.valueOf(d.getString("stage")),
        d.getString("artifactSha256"),
        d.getString("gridFsId"),
        d.getDate("registeredAt").toInstant(),
        d.getDate("stageChangedAt").toInstant());
  }
}
