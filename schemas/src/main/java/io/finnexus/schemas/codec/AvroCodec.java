package io.finnexus.schemas.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes one Avro record to bytes and back, without a schema registry, so that Kafka Streams,
 * Flink, the CLI and tests all read and write the same wire format.
 *
 * <p>Wire format: one <em>format-version</em> byte, then the record in Avro binary encoding written
 * with the schema of that version. The current version writes with the generated class's schema;
 * older versions are registered with {@link #withPreviousVersion(int, Schema)} and are read by Avro
 * schema resolution, so a schema can evolve (add fields with defaults) while old records stay
 * readable.
 *
 * <p>Thread-safe: an instance holds only immutable state and Avro datum readers/writers (which keep
 * their per-thread caches internally); encoders and decoders are created per call. Share one
 * instance per record type.
 *
 * @param <T> the generated record class
 */
public final class AvroCodec<T extends SpecificRecord> {

  /** Format version that the current generated schemas are written with. */
  public static final int CURRENT_VERSION = 1;

  private final Class<T> type;
  private final int currentVersion;
  private final SpecificDatumWriter<T> writer;
  private final Map<Integer, DatumReader<T>> readersByVersion;
  private final Map<Integer, Schema> writerSchemasByVersion;

  private AvroCodec(Class<T> type, int currentVersion, Map<Integer, Schema> writerSchemas) {
    this.type = type;
    this.currentVersion = currentVersion;
    this.writerSchemasByVersion = Map.copyOf(writerSchemas);
    SpecificData model = SpecificData.getForClass(type);
    Schema readerSchema = model.getSchema(type);
    TrustedRecordClasses.trust(readerSchema);
    this.writer = new SpecificDatumWriter<>(readerSchema, model);
    Map<Integer, DatumReader<T>> readers = new TreeMap<>();
    writerSchemas.forEach(
        (version, schema) ->
            readers.put(version, new SpecificDatumReader<>(schema, readerSchema, model)));
    this.readersByVersion = Map.copyOf(readers);
  }

  /** A codec writing {@code type} with its generated schema as {@link #CURRENT_VERSION}. */
  public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Schema schema = SpecificData.getForClass(type).getSchema(type);
    return new AvroCodec<>(type, CURRENT_VERSION, Map.of(CURRENT_VERSION, schema));
  }

  /**
   * A codec that writes the generated schema as {@code newVersion} and still reads everything this
   * codec reads. Use it when the schema changes: keep the old schema text under its old version.
   */
  public AvroCodec<T> withCurrentVersion(int newVersion) {
    checkVersion(newVersion);
    Map<Integer, Schema> schemas = new TreeMap<>(writerSchemasByVersion);
    schemas.put(newVersion, SpecificData.getForClass(type).getSchema(type));
    return new AvroCodec<>(type, newVersion, schemas);
  }

  /** A codec that can also read records written with {@code oldSchema} under {@code version}. */
  public AvroCodec<T> withPreviousVersion(int version, Schema oldSchema) {
    checkVersion(version);
    if (version == currentVersion) {
      throw new IllegalArgumentException("version " + version + " is the current version");
    }
    Map<Integer, Schema> schemas = new TreeMap<>(writerSchemasByVersion);
    schemas.put(version, Objects.requireNonNull(oldSchema, "oldSchema"));
    return new AvroCodec<>(type, currentVersion, schemas);
  }

  /** The record class this codec reads and writes. */
  public Class<T> type() {
    return type;
  }

  /** The format version written by {@link #encode}. */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * The wire bytes of {@code record}.
   *
   * @throws CodecException if the record cannot be written (a required field is null, a decimal has
   *     a larger scale than the schema allows, ...)
   */
  public byte[] encode(T record) {
    Objects.requireNonNull(record, "record");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(currentVersion);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writer.write(record, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new CodecException("cannot encode " + type.getSimpleName() + ": " + e, e);
    }
    return out.toByteArray();
  }

  /**
   * The record in {@code bytes}.
   *
   * @throws CodecException if the bytes are empty, carry an unknown format version, are truncated,
   *     have trailing bytes, or are not a valid encoding of the record
   */
  public T decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new CodecException("no bytes to decode a " + type.getSimpleName() + " from");
    }
    int version = Byte.toUnsignedInt(bytes[0]);
    DatumReader<T> reader = readersByVersion.get(version);
    if (reader == null) {
      throw new CodecException(
          "unknown format version "
              + version
              + " (known: "
              + readersByVersion.keySet()
              + ") for "
              + type.getSimpleName());
    }
    return read(reader, bytes);
  }

  private T read(DatumReader<T> reader, byte[] bytes) {
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, 1, bytes.length - 1, null);
    T record;
    try {
      record = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        throw new CodecException("trailing bytes after a " + type.getSimpleName());
      }
    } catch (CodecException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CodecException("cannot decode " + type.getSimpleName() + ": " + e, e);
    }
    return record;
  }

  private static void checkVersion(int version) {
    if (version < 1 || version > 255) {
      throw new IllegalArgumentException("format version must be in 1..255, got " + version);
    }
  }
}
