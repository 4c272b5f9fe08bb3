package io.finnexus.models.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.HostileJson;
import io.finnexus.schemas.fuzz.Mutations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading an uploaded {@code .fnx} under hostile input, 10,000 cases: the golden artifact with
 * flipped or cut bytes, with a manifest whose fields are dropped, retyped or hostile, or with a
 * changed payload. {@link ArtifactCodec#fromBytes} returns an artifact or refuses it with {@link
 * InvalidArtifactException} (or the {@link IllegalArgumentException} / {@link UncheckedIOException}
 * the upload endpoint also answers with 400) and a message; nothing else escapes, since anything
 * else is a 500 at {@code POST /models}.
 */
class ArtifactCodecFuzzTest {

  private static final int CASES = 10_000;
  private static byte[] golden;
  private static final Map<String, byte[]> ENTRIES = new TreeMap<>();

  @BeforeAll
  static void golden() throws Exception {
    try (InputStream in =
        ArtifactCodecFuzzTest.class.getResourceAsStream("/models/fraud-gbt-golden.fnx")) {
      golden = in.readAllBytes();
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(golden))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        ENTRIES.put(e.getName(), zip.readAllBytes());
      }
    }
    assertThat(ENTRIES).containsKey(ArtifactCodec.MANIFEST);
  }

  @Test
  void uploadedArtifactsAreReadOrRefusedWithAReason() {
    Fuzz.of("model artifact: fromBytes", CASES)
        .run(
            c -> {
              byte[] bytes = c.input(artifact(c));
              try {
                ModelArtifact read = ArtifactCodec.fromBytes(bytes);
                assertThat(read.manifest()).isNotNull();
                c.label("read");
              } catch (InvalidArtifactException
                  | IllegalArgumentException
                  | UncheckedIOException e) {
                assertThat(e.getMessage()).isNotBlank();
                c.label("refused");
              }
            })
        .assertAtLeast(CASES)
        .assertReached("read", "refused");
  }

  private static byte[] artifact(FuzzCase c) throws Exception {
    return switch (c.between(0, 5)) {
      case 0 -> flipped(c, golden.clone());
      case 1 -> java.util.Arrays.copyOf(golden, c.between(0, golden.length));
      case 2 -> zip(Map.of(ArtifactCodec.MANIFEST, manifest(c)));
      case 3 -> zip(withManifest(manifest(c)));
      case 4 ->
          zip(
              withManifest(
                  Mutations.text(c.random(), manifestText()).getBytes(StandardCharsets.UTF_8)));
      default -> c.chance(0.5) ? golden : zip(withManifest(ENTRIES.get(ArtifactCodec.MANIFEST)));
    };
  }

  private static String manifestText() {
    return new String(ENTRIES.get(ArtifactCodec.MANIFEST), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static byte[] manifest(FuzzCase c) throws Exception {
    Map<String, Object> valid =
        new LinkedHashMap<>(ArtifactCodec.json().readValue(manifestText(), Map.class));
    return HostileJson.write(HostileJson.mutateFields(c.random(), valid))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> withManifest(byte[] manifest) {
    Map<String, byte[]> entries = new TreeMap<>(ENTRIES);
    entries.put(ArtifactCodec.MANIFEST, manifest);
    return entries;
  }

  private static byte[] flipped(FuzzCase c, byte[] bytes) {
    for (int n = c.between(1, 8); n > 0; n--) {
      bytes[c.between(0, bytes.length - 1)] ^= (byte) c.between(1, 255);
    }
    return bytes;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION); // the reader is under test, not deflate
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
