package io.finnexus.models.registry;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.Sha256;
import io.finnexus.models.data.FeatureTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;

/**
 * The registered holdout of each model slot: a labelled feature table, later in time than any
 * training data, on which candidate and champion are compared by the promotion gate. Stored as JSON
 * in GridFS with its SHA-256; one per slot, replaced on re-registration.
 */
final class HoldoutStore {
  private final MongoModelStore store;

  HoldoutStore(MongoModelStore store) {
    this.store = store;
  }

  void put(String modelName, FeatureTable holdout) {
    byte[] bytes;
    try {
      bytes = ArtifactCodec.json().writeValueAsBytes(holdout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileId = store.putFile("holdout-" + modelName, bytes);
    Document old = store.holdouts.find(Filters.eq("_id", modelName)).first();
    store.holdouts.replaceOne(
        Filters.eq("_id", modelName),
        new Document("_id", modelName)
            .append("gridFsId", fileId)
            .append("sha256", Sha256.hex(bytes))
            .append("rows", holdout.rows().size())
            .append("featureSchemaVersion", holdout.schemaVersion()),
        new ReplaceOptions().upsert(true));
    if (old != null) {
      store.deleteFile(old.getString("gridFsId"));
    }
  }

  Optional<FeatureTable> get(String modelName) {
    Document d = store.holdouts.find(Filters.eq("_id", modelName)).first();
    if (d == null) {
      return Optional.empty();
    }
    byte[] bytes = store.getFile(d.getString("gridFsId"));
    if (!Sha256.hex(bytes).equals(d.getString("sha256"))) {
      throw new RegistryException("holdout of " + modelName + " fails its SHA-256 check");
    }
    try {
      return Optional.of(ArtifactCodec.json().readValue(bytes, FeatureTable.class));
    } catch (IOException e) {
      throw new RegistryException("holdout of " + modelName + " is unreadable: " + e.getMessage());
    }
  }
}
