package io.finnexus.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.AvroCodec;
import io.finnexus.schemas.codec.CodecException;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.codec.Samples;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Whatever arrives, the validator answers Valid or a well-formed Rejection, and never throws. */
class TransactionValidatorPropertyTest {

  /** Reasons that field mutations must reach, or the mutation generator has gone blind. */
  private static final List<ReasonCode> MUTATION_REASONS =
      List.of(
          ReasonCode.MISSING_FIELD,
          ReasonCode.BLANK_ID,
          ReasonCode.CONTROL_CHARACTER,
          ReasonCode.FIELD_TOO_LONG,
          ReasonCode.NEGATIVE_AMOUNT,
          ReasonCode.AMOUNT_TOO_LARGE,
          ReasonCode.BAD_SCALE,
          ReasonCode.UNKNOWN_CURRENCY,
          ReasonCode.FUTURE_TIMESTAMP,
          ReasonCode.ANCIENT_TIMESTAMP,
          ReasonCode.BAD_COUNTRY,
          ReasonCode.BAD_MERCHANT_CATEGORY);

  private final TransactionValidator validator =
      new TransactionValidator(
          ValidationLimits.defaults(), Clock.fixed(Samples.NOW, ZoneOffset.UTC));
  private final AvroCodec<Transaction> codec = FinNexusSerdes.transactionCodec();

  @Property(tries = 10_000)
  void randomBytesAreAnsweredNeverThrown(@ForAll @Size(max = 512) byte[] raw) {
    assertWellFormed(validator.validate(raw), raw);
  }

  @Property(tries = 10_000)
  void randomBytesBehindTheRightFormatVersionAreAnsweredNeverThrown(
      @ForAll @Size(max = 512) byte[] body) {
    byte[] raw = new byte[body.length + 1];
    raw[0] = (byte) AvroCodec.CURRENT_VERSION;
    System.arraycopy(body, 0, raw, 1, body.length);

    assertWellFormed(validator.validate(raw), raw);
  }

  @Property(tries = 10_000)
  void corruptedValidRecordsAreAnsweredNeverThrown(
      @ForAll("validTransactions") Transaction tx,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 4095) Integer> positions,
      @ForAll byte replacement,
      @ForAll boolean truncate) {
    byte[] raw = codec.encode(tx);
    for (int position : positions) {
      raw[position % raw.length] ^= (byte) (replacement | 1);
    }
    if (truncate) {
      raw = Arrays.copyOf(raw, positions.get(0) % raw.length);
    }
    ValidationResult result = validator.validate(raw);

    assertWellFormed(result, raw);
    Statistics.label("outcome").collect(outcome(result));
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              coverage.check("VALID").count(n -> n > 0);
              coverage.check("UNDECODABLE").count(n -> n > 0);
            });
  }

  @Property(tries = 2_000)
  void validTransactionsAreAccepted(@ForAll("validTransactions") Transaction tx) {
    assertThat(validator.validate(tx)).isEqualTo(new ValidationResult.Valid(tx));
    assertThat(validator.validate(codec.encode(tx))).isEqualTo(new ValidationResult.Valid(tx));
  }

  @Property(tries = 3_000)
  void mutatedTransactionsAreAnsweredNeverThrownAndTheTwoPathsAgree(
      @ForAll("mutations") @Size(min = 1, max = 3)
          List<TransactionArbitraries.Mutation> mutations) {
    Transaction tx = Samples.transaction();
    mutations.forEach(m -> tx.put(m.position(), m.value()));

    ValidationResult fromObject = validator.validate(tx);

    assertWellFormed(fromObject, null);
    Statistics.label("outcome").collect(outcome(fromObject));
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              coverage.check("VALID").count(n -> n > 0);
              for (ReasonCode code : MUTATION_REASONS) {
                coverage.check(code.name()).count(n -> n > 0);
              }
            });
    if (fromObject instanceof ValidationResult.Valid valid) {
      byte[] bytes = codec.encode(valid.transaction());
      assertThat(validator.validate(bytes)).isEqualTo(valid);
    }
    byte[] encoded = encodeOrNull(tx);
    if (encoded != null) {
      ValidationResult fromBytes = validator.validate(encoded);
      assertWellFormed(fromBytes, encoded);
      assertThat(fromBytes.isValid()).isEqualTo(fromObject.isValid());
    }
  }

  @Provide
  Arbitrary<Transaction> validTransactions() {
    return TransactionArbitraries.validTransactions();
  }

  @Provide
  Arbitrary<List<TransactionArbitraries.Mutation>> mutations() {
    return TransactionArbitraries.mutations().list().ofMinSize(1).ofMaxSize(3);
  }

  private static String outcome(ValidationResult result) {
    return result instanceof Rejection rejection ? rejection.reasonCode().name() : "VALID";
  }

  private byte[] encodeOrNull(Transaction tx) {
    try {
      return codec.encode(tx);
    } catch (CodecException e) {
      return null;
    }
  }

  private static void assertWellFormed(ValidationResult result, byte[] raw) {
    assertThat(result).isNotNull();
    if (result instanceof Rejection rejection) {
      assertThat(rejection.reasonCode()).isNotNull().isNotEqualTo(ReasonCode.VALIDATOR_ERROR);
      assertThat(rejection.detail()).isNotBlank();
      if (raw != null) {
        assertThat(rejection.rawBytes()).isEqualTo(raw);
      } else {
        assertThat(rejection.rawBytes()).isNotEmpty();
      }
    } else {
      assertThat(result).isInstanceOf(ValidationResult.Valid.class);
    }
  }
}
