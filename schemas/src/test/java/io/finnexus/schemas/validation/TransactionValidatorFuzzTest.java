package io.finnexus.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.AvroCodec;
import io.finnexus.schemas.codec.CodecException;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.codec.Samples;
import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The transaction gate under hostile input (10,000 cases each): whatever bytes or field values
 * arrive, the validator answers Valid or a Rejection with a reason code and a non-blank detail,
 * never throws and never reports its own failure ({@code VALIDATOR_ERROR}); a valid transaction
 * changed in ways that keep it valid is still accepted.
 */
class TransactionValidatorFuzzTest {

  private static final int CASES = 10_000;
  private static final List<Schema.Field> FIELDS = Transaction.getClassSchema().getFields();

  private final TransactionValidator validator =
      new TransactionValidator(
          ValidationLimits.defaults(), Clock.fixed(Samples.NOW, ZoneOffset.UTC));
  private final AvroCodec<Transaction> codec = FinNexusSerdes.transactionCodec();
  private final byte[] sample = codec.encode(Samples.transaction());

  @Test
  void hostileBytesAreAnsweredWithAReason() {
    Fuzz.of("validator: hostile bytes", CASES)
        .run(
            c -> {
              byte[] raw = Hostile.bytes(c.random(), 600);
              if (c.chance(0.5) && raw.length > 0) {
                raw[0] = (byte) AvroCodec.CURRENT_VERSION;
              }
              c.input(raw);
              c.label(outcome(assertAnswered(validator.validate(raw), raw)));
            })
        .assertAtLeast(CASES)
        .assertReached("UNDECODABLE");
  }

  @Test
  void corruptedValidRecordsAreAnsweredWithAReason() {
    Fuzz.of("validator: corrupted records", CASES)
        .run(
            c -> {
              byte[] raw = corrupt(c, sample.clone());
              c.input(raw);
              c.label(outcome(assertAnswered(validator.validate(raw), raw)));
            })
        .assertAtLeast(CASES)
        .assertReached("VALID", "UNDECODABLE");
  }

  @Test
  void hostileFieldValuesAreAnsweredWithAReasonOnBothPaths() {
    Fuzz.of("validator: hostile fields", CASES)
        .run(
            c -> {
              Transaction tx = Samples.transaction();
              for (int n = c.between(1, 3); n > 0; n--) {
                int position = c.between(0, FIELDS.size() - 1);
                tx.put(position, hostileValue(c.random(), FIELDS.get(position).name()));
              }
              c.input(tx);
              ValidationResult fromObject = assertAnswered(validator.validate(tx), null);
              byte[] encoded = encodeOrNull(tx);
              if (encoded != null) {
                ValidationResult fromBytes = assertAnswered(validator.validate(encoded), encoded);
                assertThat(fromBytes.isValid()).isEqualTo(fromObject.isValid());
              }
              c.label(outcome(fromObject));
            })
        .assertAtLeast(CASES)
        .assertReached("VALID", "CONTROL_CHARACTER", "FIELD_TOO_LONG", "BAD_SCALE")
        .assertReached("AMOUNT_TOO_LARGE", "UNKNOWN_CURRENCY", "FUTURE_TIMESTAMP");
  }

  @Test
  void validTransactionsChangedWithinTheRulesStayValid() {
    Fuzz.of("validator: valid changes", CASES)
        .run(
            c -> {
              Transaction tx = Samples.transaction();
              SplittableRandom r = c.random();
              tx.setTransactionId(Hostile.safeText(r, 64).replace(' ', '-'));
              tx.setCounterpartyName(Hostile.safeText(r, 140));
              tx.setMemo(c.chance(0.3) ? null : Hostile.safeText(r, 140));
              tx.setAmount(BigDecimal.valueOf(r.nextLong(1, 1_000_000_000_000L), c.between(0, 4)));
              tx.setEventTime(Samples.NOW.minusMillis(r.nextLong(0, 800_000_000_000L)));
              tx.setChannel(c.pick(List.of(Channel.values())));
              c.input(tx);
              assertThat(validator.validate(tx)).isInstanceOf(ValidationResult.Valid.class);
              assertThat(validator.validate(codec.encode(tx)))
                  .isInstanceOf(ValidationResult.Valid.class);
              c.label("VALID");
            })
        .assertAtLeast(CASES);
  }

  private static byte[] corrupt(FuzzCase c, byte[] raw) {
    for (int n = c.between(1, 4); n > 0; n--) {
      raw[c.between(0, raw.length - 1)] ^= (byte) (c.between(0, 255) | 1);
    }
    return c.chance(0.3) ? java.util.Arrays.copyOf(raw, c.between(0, raw.length)) : raw;
  }

  private static Object hostileValue(SplittableRandom r, String field) {
    if (r.nextInt(10) == 0) {
      return null;
    }
    return switch (field) {
      case "event_time" -> hostileInstant(r);
      case "amount" -> hostileAmount(r);
      case "direction" -> Direction.values()[r.nextInt(Direction.values().length)];
      case "channel" -> Channel.values()[r.nextInt(Channel.values().length)];
      default -> Hostile.string(r);
    };
  }

  private static Instant hostileInstant(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> Instant.ofEpochMilli(r.nextLong());
      case 1 -> List.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Samples.NOW).get(r.nextInt(4));
      default -> Samples.NOW.plusMillis(r.nextLong(-3_600_000, 3_600_000));
    };
  }

  private static BigDecimal hostileAmount(SplittableRandom r) {
    try {
      return new BigDecimal(Hostile.number(r).strip());
    } catch (NumberFormatException e) {
      return new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(-40, 41));
    }
  }

  private byte[] encodeOrNull(Transaction tx) {
    if (tx.getAmount() != null && Math.abs((long) tx.getAmount().scale()) > 1000) {
      // Known, not fixed: Avro's decimal conversion rescales before checking, so encoding an
      // amount like 9E-99999999 runs for minutes. Only validated amounts are ever encoded (the
      // importers reject such amounts first, see app TransactionChecks), so the wire path is
      // skipped for them here.
      return null;
    }
    try {
      return codec.encode(tx);
    } catch (CodecException e) {
      return null;
    }
  }

  private static ValidationResult assertAnswered(ValidationResult result, byte[] raw) {
    assertThat(result).isNotNull();
    if (result instanceof Rejection rejection) {
      assertThat(rejection.reasonCode()).isNotNull().isNotEqualTo(ReasonCode.VALIDATOR_ERROR);
      assertThat(rejection.detail()).isNotBlank();
      if (raw != null) {
        assertThat(rejection.rawBytes()).isEqualTo(raw);
      }
    } else {
      assertThat(result).isInstanceOf(ValidationResult.Valid.class);
    }
    return result;
  }

  private static String outcome(ValidationResult result) {
    return result instanceof Rejection rejection ? rejection.reasonCode().name() : "VALID";
  }
}
