package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CipherRoundTripTest {

  private final PersonalDataCipher cipher =
      new EnvelopePersonalDataCipher(
          new SubjectKeys(
              new InMemorySubjectKeyStore(), TestKeys.ring(1, 1), CipherSettings.DEFAULTS));

  @Test
  void any_well_formed_text_round_trips_empty_long_and_beyond_the_bmp() {
    Random random = new Random(20L);
    for (int i = 0; i < 300; i++) {
      String subject = "cust-" + random.nextInt(20);
      String plaintext = randomText(random, random.nextInt(i < 5 ? 1 : 2_000));

      String token = cipher.encrypt(subject, "memo", plaintext);

      assertThat(cipher.decrypt(subject, "memo", token)).as("case %d", i).contains(plaintext);
    }
  }

  private static String randomText(Random random, int codePoints) {
    StringBuilder sb = new StringBuilder();
    while (sb.codePointCount(0, sb.length()) < codePoints) {
      int cp = random.nextInt(0x10FFFF + 1);
      if (Character.isValidCodePoint(cp) && Character.getType(cp) != Character.SURROGATE) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
