package io.finnexus.batch.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFormatTest {

  private static final BackupKey KEY =
      BackupKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
  private static final int FRAME = 4096;

  @TempDir Path dir;

  @Test
  void a_multi_frame_part_round_trips_with_matching_checksums() throws IOException {
    byte[] data = randomBytes(50_000);
    PartWriter.Written written = write(data, "p");

    try (PartReader reader = new PartReader(dir.resolve("p"), KEY)) {
      byte[] back = reader.plaintext().readAllBytes();
      reader.drain();
      assertThat(back).isEqualTo(data);
      assertThat(reader.plaintextSha256()).isEqualTo(written.plaintextSha256());
      assertThat(reader.encryptedSha256()).isEqualTo(written.encryptedSha256());
    }
    assertThat(Files.size(dir.resolve("p"))).isEqualTo(written.encryptedBytes());
    assertThat(written.plaintextBytes()).isEqualTo(50_000);
  }

  @Test
  void a_flipped_bit_is_detected() throws IOException {
    write(randomBytes(50_000), "p");
    byte[] file = Files.readAllBytes(dir.resolve("p"));
    file[file.length / 2] ^= 1;
    Files.write(dir.resolve("p"), file);

    assertThatThrownBy(() -> readAll("p"))
        .isInstanceOf(CorruptPartException.class)
        .hasMessageContaining("failed authentication");
  }

  @Test
  void a_truncated_part_is_detected_even_at_a_frame_boundary() throws IOException {
    byte[] data = randomBytes(50_000);
    write(data, "p");
    byte[] file = Files.readAllBytes(dir.resolve("p"));
    // drop the final (empty-plaintext) frame: 4-byte length + 16-byte tag
    Files.write(dir.resolve("p"), Arrays.copyOf(file, file.length - 20));

    assertThatThrownBy(() -> readAll("p"))
        .isInstanceOf(CorruptPartException.class)
        .hasMessageContaining("frame 12");
  }

  @Test
  void the_wrong_key_is_refused() throws IOException {
    write(randomBytes(10), "p");
    byte[] other = new byte[32];
    other[0] = 1;
    BackupKey wrong = BackupKey.fromBase64(Base64.getEncoder().encodeToString(other));

    assertThatThrownBy(
            () -> {
              try (PartReader reader = new PartReader(dir.resolve("p"), wrong)) {
                reader.drain();
              }
            })
        .isInstanceOf(CorruptPartException.class);
  }

  @Test
  void a_key_of_the_wrong_size_is_rejected_without_echoing_it() {
    assertThatThrownBy(() -> BackupKey.fromBase64("c2VjcmV0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining("c2VjcmV0");
  }

  private PartWriter.Written write(byte[] data, String name) throws IOException {
    try (PartWriter writer = new PartWriter(dir.resolve(name), KEY, 1, FRAME)) {
      writer.plaintext().write(data);
      return writer.finish();
    }
  }

  private void readAll(String name) throws IOException {
    try (PartReader reader = new PartReader(dir.resolve(name), KEY)) {
      reader.drain();
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }
}
