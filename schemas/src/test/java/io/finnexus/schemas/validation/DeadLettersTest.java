package io.finnexus.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.codec.FinNexusSerdes;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  private final Clock clock =
      Clock.fixed(Instant.parse("2026-03-01T12:00:00.123456Z"), ZoneOffset.UTC);

  @Test
  void carriesTheRejectionTheKeyAndTheRawBytes() {
    byte[] raw = {1, 2, 3};
    Rejection rejection = new Rejection(ReasonCode.BAD_COUNTRY, "location_country", "bad", raw);

    DeadLetter letter = DeadLetters.of(rejection, "transactions-3@99", new byte[] {65}, clock);

    assertThat(letter.getReasonCode()).isEqualTo("BAD_COUNTRY");
    assertThat(letter.getField()).isEqualTo("location_country");
    assertThat(letter.getDetail()).isEqualTo("bad");
    assertThat(letter.getRawValue()).isEqualTo(ByteBuffer.wrap(raw));
    assertThat(letter.getRawKey()).isEqualTo(ByteBuffer.wrap(new byte[] {65}));
    assertThat(letter.getSource()).isEqualTo("transactions-3@99");
    assertThat(letter.getRejectedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123Z"));
  }

  @Test
  void survivesTheDeadLetterTopicRoundTrip() {
    Rejection rejection = new Rejection(ReasonCode.UNDECODABLE, null, "garbage", new byte[] {9});
    DeadLetter letter = DeadLetters.of(rejection, "file:12", null, clock);

    byte[] bytes = FinNexusSerdes.deadLetter().serializer().serialize("transactions.dlq", letter);

    assertThat(FinNexusSerdes.deadLetter().deserializer().deserialize("transactions.dlq", bytes))
        .isEqualTo(letter);
  }

  @Test
  void aRejectionNeverHasABlankDetailAndCopiesItsBytes() {
    byte[] raw = {7};
    Rejection rejection = new Rejection(ReasonCode.BLANK_ID, "card_id", "  ", raw);
    raw[0] = 8;

    assertThat(rejection.detail()).isEqualTo("BLANK_ID");
    assertThat(rejection.rawBytes()).containsExactly(7);
  }
}
