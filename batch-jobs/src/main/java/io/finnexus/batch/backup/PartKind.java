package io.finnexus.batch.backup;

/** What an archive part holds, and so how it is restored. */
public enum PartKind {
  /** One PostgreSQL table, {@code COPY ... (FORMAT binary)} output. */
  POSTGRES_TABLE,
  /**
   * One MongoDB collection, one canonical extended-JSON document per line, in {@code _id} order.
   */
  MONGO_COLLECTION,
  /** A GridFS bucket's {@code .files} or {@code .chunks} collection (same format as above). */
  GRIDFS
}
