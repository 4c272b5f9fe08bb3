package io.finnexus.schemas.codec;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Tells Avro's class-security check (Avro 1.12 refuses to instantiate classes it was not told to
 * trust) that the generated classes of a codec's schema may be created when reading.
 *
 * <p>Only the exact record and enum classes named by schemas compiled into this jar are trusted,
 * never a package or a name taken from the wire (codecs never read a schema from the wire). The
 * predicate is added once to Avro's global one, keeping whatever was trusted before.
 */
final class TrustedRecordClasses {

  private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();

  static {
    ClassSecurityPredicate ours = type -> TRUSTED.contains(type.getName());
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
  }

  private TrustedRecordClasses() {}

  /** Trusts every record and enum class named in {@code schema}, nested ones included. */
  static void trust(Schema schema) {
    collect(schema);
  }

  private static void collect(Schema schema) {
    switch (schema.getType()) {
      case RECORD -> {
        if (TRUSTED.add(schema.getFullName())) {
          schema.getFields().forEach(field -> collect(field.schema()));
        }
      }
      case ENUM, FIXED -> TRUSTED.add(schema.getFullName());
      case ARRAY -> collect(schema.getElementType());
      case MAP -> collect(schema.getValueType());
      case UNION -> schema.getTypes().forEach(TrustedRecordClasses::collect);
      default -> {
        // primitive types need no class
      }
    }
  }
}
