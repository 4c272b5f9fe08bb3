package io.finnexus.scoring.aml;

import static io.finnexus.scoring.Tx.d;
import static io.finnexus.scoring.Tx.h;
import static io.finnexus.scoring.Tx.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.scoring.Typology;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** State written before a typology was appended (version 1) still reads, episodes intact. */
class AmlAccountStateCodecTest {

  @Test
  void version_1_state_with_twelve_typologies_reads_into_the_current_layout() throws IOException {
    AmlHarness h =
        new AmlHarness()
            .run(
                transfer("A", "B", d(0), "5000"),
                transfer("B", "C", d(0).plus(h(2)), "4800"),
                transfer("C", "A", d(0).plus(h(4)), "4700"));
    AmlAccountState s = h.state("A");
    s.episode(Typology.FAN_OUT, 123_456L, 1_000L);
    byte[] v1 = version1(s);

    AmlAccountState read = AmlAccountState.fromBytes(v1);

    assertThat(read.toBytes()).isEqualTo(s.toBytes());
    assertThat(read.episodeStart[Typology.FAN_OUT.ordinal()]).isEqualTo(123_456L);
    assertThat(read.lastHit[Typology.REPEATED_TRANSFERS.ordinal()]).isEqualTo(Long.MIN_VALUE);
    assertThat(AmlAccountState.fromBytes(s.toBytes()).toBytes()).isEqualTo(s.toBytes());
  }

  /** The version-1 layout: no typology count, exactly the first 12 typologies. */
  private static byte[] version1(AmlAccountState s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream o = new DataOutputStream(bytes)) {
      o.writeByte(1);
      s.in.write(o);
      s.out.write(o);
      for (int i = 0; i < 12; i++) {
        o.writeLong(s.episodeStart[i]);
        o.writeLong(s.lastHit[i]);
      }
      o.writeLong(s.lastActivity);
      o.writeLong(s.reactivatedAt);
      o.writeLong(s.dormantSince);
      CycleCodec.write(o, s.cycles);
    }
    return bytes.toByteArray();
  }
}
