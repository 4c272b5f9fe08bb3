package io.finnexus.models.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.models.TrainedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArtifactCodecTest {

  @Test
  void a_payload_changed_inside_the_zip_is_refused_with_a_clear_error() throws Exception {
    byte[] fnx = ArtifactCodec.toBytes(TrainedFixtures.gbt().artifact());
    byte[] tampered = rewrite(fnx, "trees.json");

    assertThatThrownBy(() -> ArtifactCodec.fromBytes(tampered))
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageContaining("trees.json")
        .hasMessageContaining("SHA-256");
  }

  @Test
  void garbage_is_not_an_artifact() {
    assertThatThrownBy(() -> ArtifactCodec.fromBytes("hello".getBytes()))
        .isInstanceOf(InvalidArtifactException.class);
  }

  @Test
  void round_trip_keeps_manifest_and_payloads() {
    ModelArtifact a = TrainedFixtures.gbt().artifact();
    ModelArtifact b = ArtifactCodec.fromBytes(ArtifactCodec.toBytes(a));
    assertThat(b.manifest()).isEqualTo(a.manifest());
    assertThat(b.payload("trees.json")).isEqualTo(a.payload("trees.json"));
  }

  /** Copies the zip, flipping a byte of one entry, as an attacker editing the file would. */
  private static byte[] rewrite(byte[] zip, String entryName) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(entryName)) {
          bytes[bytes.length / 2] = (byte) (bytes[bytes.length / 2] == '1' ? '2' : '1');
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aZipBombIsRefusedBeforeItFillsTheHeap() throws Exception {
    byte[] bomb = zip(64 << 20, 2); // 2 × 64 MiB of zeros, ~130 KB packed
    System.setProperty("finnexus.artifact.max-unpacked-bytes", String.valueOf(100L << 20));
    try {
      assertThatThrownBy(() -> ArtifactCodec.fromBytes(bomb))
          .isInstanceOf(InvalidArtifactException.class)
          .hasMessageContaining("unpacks to more than 104857600 bytes");
    } finally {
      System.clearProperty("finnexus.artifact.max-unpacked-bytes");
    }
  }

  @Test
  void aFileNamedTwiceIsRefused() throws Exception {
    byte[] twice = zip(10, 2);
    String packed = new String(twice, StandardCharsets.ISO_8859_1).replace("payload1", "payload0");
    assertThatThrownBy(() -> ArtifactCodec.fromBytes(packed.getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageContaining("appears twice");
  }

  /** A zip of entries {@code payload0, payload1, …} of {@code size} zero bytes each. */
  private static byte[] zip(int size, int copies) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < copies; i++) {
        ZipEntry entry = new ZipEntry("payload" + i);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        byte[] zeros = new byte[1 << 20];
        for (int written = 0; written < size; written += zeros.length) {
          zip.write(zeros, 0, Math.min(zeros.length, size - written));
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
