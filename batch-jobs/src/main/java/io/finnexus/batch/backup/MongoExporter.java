package io.finnexus.batch.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Exports MongoDB collections, GridFS buckets included ({@code <bucket>.files} and {@code
 * <bucket>.chunks} are collections), as canonical extended JSON, one document per line, in {@code
 * _id} order. Canonical mode keeps every BSON type (int32 vs int64, dates, binary subtypes,
 * decimals), so a restore yields the same documents byte for byte.
 *
 * <p>A collection is read by one cursor, not in a snapshot: MongoDB parts are consistent per
 * collection only (documented in the manifest's README section).
 */
public final class MongoExporter {

  /** The JSON form of every exported document. */
  static final JsonWriterSettings CANONICAL =
      JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).indent(false).build();

  private final BackupKey key;
  private final int compressionLevel;
  private final int frameBytes;

  public MongoExporter(BackupKey key, int compressionLevel, int frameBytes) {
    this.key = key;
    this.compressionLevel = compressionLevel;
    this.frameBytes = frameBytes;
  }

  /** The collections of {@code database} in name order (system collections excluded). */
  public static List<String> collections(MongoDatabase database) {
    List<String> names = new ArrayList<>();
    database.listCollectionNames().forEach(names::add);
    return names.stream().filter(n -> !n.startsWith("system.")).sorted().toList();
  }

  /** Exports {@code database.collection} into {@code file}. */
  public ManifestPart export(MongoDatabase database, String collection, Path file)
      throws IOException {
    long documents = 0;
    PartWriter.Written written;
    try (PartWriter part = new PartWriter(file, key, compressionLevel, frameBytes)) {
      documents =
          writeLines(database.getCollection(collection, RawBsonDocument.class), part.plaintext());
      written = part.finish();
    }
    return new ManifestPart(
        file.getFileName().toString(),
        isGridFs(collection) ? PartKind.GRIDFS : PartKind.MONGO_COLLECTION,
        database.getName() + "." + collection,
        documents,
        written.plaintextSha256(),
        written.plaintextBytes(),
        written.encryptedSha256(),
        written.encryptedBytes(),
        Instant.now().toString());
  }

  /** Writes every document of {@code collection} as a line; returns the count. */
  static long writeLines(MongoCollection<RawBsonDocument> collection, OutputStream out)
      throws IOException {
    long documents = 0;
    try (MongoCursor<RawBsonDocument> cursor =
        collection.find().sort(Sorts.ascending("_id")).batchSize(1000).iterator()) {
      while (cursor.hasNext()) {
        out.write(cursor.next().toJson(CANONICAL).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        documents++;
      }
    }
    return documents;
  }

  /** The part file name of a collection, e.g. {@code mongo-finnexus.models.files.jsonl.gz.enc}. */
  public static String partFile(String database, String collection) {
    return "mongo-" + database + "." + collection + ".jsonl.gz.enc";
  }

  static boolean isGridFs(String collection) {
    return collection.endsWith(".files") || collection.endsWith(".chunks");
  }
}
