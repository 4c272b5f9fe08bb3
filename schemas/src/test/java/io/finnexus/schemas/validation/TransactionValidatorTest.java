package io.finnexus.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.codec.Samples;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TransactionValidatorTest {

  private final Clock clock = Clock.fixed(Samples.NOW, ZoneOffset.UTC);
  private final TransactionValidator validator =
      new TransactionValidator(ValidationLimits.defaults(), clock);

  @Test
  void acceptsAValidTransactionFromTheTopic() {
    byte[] bytes = FinNexusSerdes.transactionCodec().encode(Samples.transaction());

    assertThat(validator.validate(bytes))
        .isEqualTo(new ValidationResult.Valid(Samples.transaction()));
  }

  @Test
  void normalizesAnImportedAmountToScaleFour() {
    Transaction tx = Samples.transaction();
    tx.setAmount(new BigDecimal("12.50"));

    ValidationResult result = validator.validate(tx);

    assertThat(result).isInstanceOf(ValidationResult.Valid.class);
    BigDecimal amount = ((ValidationResult.Valid) result).transaction().getAmount();
    assertThat(amount).isEqualTo(new BigDecimal("12.5000"));
    assertThat(tx.getAmount()).isEqualTo(new BigDecimal("12.50"));
  }

  @Test
  void undecodableBytesAreRejectedWithTheBytesKept() {
    byte[] garbage = {1, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef};

    Rejection rejection = rejected(validator.validate(garbage));

    assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.UNDECODABLE);
    assertThat(rejection.rawBytes()).isEqualTo(garbage);
  }

  @Test
  void nullAndEmptyInputAreUndecodable() {
    assertThat(rejected(validator.validate((byte[]) null)).reasonCode())
        .isEqualTo(ReasonCode.UNDECODABLE);
    assertThat(rejected(validator.validate(new byte[0])).reasonCode())
        .isEqualTo(ReasonCode.UNDECODABLE);
  }

  @Test
  void oversizedRecordsAreRejectedBeforeDecoding() {
    byte[] huge = new byte[ValidationLimits.defaults().maxRecordBytes() + 1];

    assertThat(rejected(validator.validate(huge)).reasonCode())
        .isEqualTo(ReasonCode.RECORD_TOO_LARGE);
  }

  @Test
  void missingRequiredFields() {
    assertRejected(tx -> tx.setAccountId(null), ReasonCode.MISSING_FIELD, "account_id");
    assertRejected(tx -> tx.put("event_time", null), ReasonCode.MISSING_FIELD, "event_time");
    assertRejected(tx -> tx.setAmount(null), ReasonCode.MISSING_FIELD, "amount");
    assertRejected(tx -> tx.setChannel(null), ReasonCode.MISSING_FIELD, "channel");
    assertThat(rejected(validator.validate((Transaction) null)).reasonCode())
        .isEqualTo(ReasonCode.MISSING_FIELD);
  }

  @Test
  void blankIds() {
    assertRejected(tx -> tx.setTransactionId(" \t"), ReasonCode.BLANK_ID, "transaction_id");
    assertRejected(tx -> tx.setCardId(""), ReasonCode.BLANK_ID, "card_id");
  }

  @Test
  void controlCharacters() {
    assertRejected(tx -> tx.setAccountId("ACC\u0000"), ReasonCode.CONTROL_CHARACTER, "account_id");
    assertRejected(
        tx -> tx.setCounterpartyName("A\nB"), ReasonCode.CONTROL_CHARACTER, "counterparty_name");
    assertRejected(tx -> tx.setMemo("bell\u0007"), ReasonCode.CONTROL_CHARACTER, "memo");
  }

  @Test
  void fieldsTooLong() {
    ValidationLimits limits = ValidationLimits.defaults();
    assertRejected(
        tx -> tx.setCustomerId("c".repeat(limits.maxIdLength() + 1)),
        ReasonCode.FIELD_TOO_LONG,
        "customer_id");
    assertRejected(
        tx -> tx.setCounterpartyName("n".repeat(limits.maxNameLength() + 1)),
        ReasonCode.FIELD_TOO_LONG,
        "counterparty_name");
    assertRejected(
        tx -> tx.setMemo("m".repeat(limits.maxMemoLength() + 1)),
        ReasonCode.FIELD_TOO_LONG,
        "memo");
  }

  @Test
  void negativeAmount() {
    assertRejected(
        tx -> tx.setAmount(new BigDecimal("-0.0100")), ReasonCode.NEGATIVE_AMOUNT, "amount");
  }

  @Test
  void zeroAmountIsRejectedUnlessAllowed() {
    assertRejected(tx -> tx.setAmount(BigDecimal.ZERO), ReasonCode.ZERO_AMOUNT, "amount");

    TransactionValidator lenient =
        new TransactionValidator(ValidationLimits.defaults().withAllowZeroAmount(true), clock);
    Transaction zero = Samples.transaction();
    zero.setAmount(BigDecimal.ZERO);
    assertThat(lenient.validate(zero).isValid()).isTrue();
  }

  @Test
  void amountTooLarge() {
    assertRejected(
        tx -> tx.setAmount(new BigDecimal("10000000000000.0001")),
        ReasonCode.AMOUNT_TOO_LARGE,
        "amount");
    assertRejected(
        tx -> tx.setAmount(new BigDecimal("1E+999999999")), ReasonCode.AMOUNT_TOO_LARGE, "amount");
  }

  @Test
  void badScale() {
    assertRejected(tx -> tx.setAmount(new BigDecimal("1.00001")), ReasonCode.BAD_SCALE, "amount");
    assertThat(validator.validate(with(tx -> tx.setAmount(new BigDecimal("1.000100")))).isValid())
        .isTrue();
  }

  @Test
  void unknownCurrency() {
    assertRejected(tx -> tx.setCurrency("ZZZ"), ReasonCode.UNKNOWN_CURRENCY, "currency");
    assertRejected(tx -> tx.setCurrency("usd"), ReasonCode.UNKNOWN_CURRENCY, "currency");
    assertRejected(tx -> tx.setCurrency("XXX"), ReasonCode.UNKNOWN_CURRENCY, "currency");
    assertRejected(tx -> tx.setCurrency("BTC"), ReasonCode.UNKNOWN_CURRENCY, "currency");

    TransactionValidator crypto =
        new TransactionValidator(
            ValidationLimits.defaults().withExtraCurrencies(Set.of("BTC")), clock);
    assertThat(crypto.validate(with(tx -> tx.setCurrency("BTC"))).isValid()).isTrue();
  }

  @Test
  void futureTimestampBeyondTheClockSkew() {
    Duration skew = ValidationLimits.defaults().maxClockSkew();
    assertRejected(
        tx -> tx.setEventTime(Samples.NOW.plus(skew).plusMillis(1)),
        ReasonCode.FUTURE_TIMESTAMP,
        "event_time");
    assertThat(validator.validate(with(tx -> tx.setEventTime(Samples.NOW.plus(skew)))).isValid())
        .isTrue();
  }

  @Test
  void ancientTimestamp() {
    assertRejected(
        tx -> tx.setEventTime(Instant.ofEpochSecond(1_700_000)), // seconds read as millis
        ReasonCode.ANCIENT_TIMESTAMP,
        "event_time");
  }

  @Test
  void badCountry() {
    assertRejected(
        tx -> tx.setCounterpartyCountry("ZZ"), ReasonCode.BAD_COUNTRY, "counterparty_country");
    assertRejected(tx -> tx.setLocationCountry("ch"), ReasonCode.BAD_COUNTRY, "location_country");
    assertThat(validator.validate(with(tx -> tx.setLocationCountry("XK"))).isValid()).isTrue();
  }

  @Test
  void badMerchantCategory() {
    assertRejected(
        tx -> tx.setMerchantCategory("58a2"),
        ReasonCode.BAD_MERCHANT_CATEGORY,
        "merchant_category");
  }

  @Test
  void aFailureOfTheValidatorItselfIsARejectionNotAnException() {
    Clock broken =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("clock unavailable");
          }
        };

    Rejection rejection =
        rejected(
            new TransactionValidator(ValidationLimits.defaults(), broken)
                .validate(Samples.transaction()));

    assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.VALIDATOR_ERROR);
    assertThat(rejection.detail()).contains("clock unavailable");
  }

  @Test
  void anImportedRejectionKeepsTheOriginalLine() {
    byte[] line = "tx-1;ACC-1;-5.00;EUR".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Rejection rejection =
        rejected(validator.validate(with(tx -> tx.setAmount(new BigDecimal("-5.00"))), line));

    assertThat(rejection.rawBytes()).isEqualTo(line);
  }

  private void assertRejected(Consumer<Transaction> mutation, ReasonCode code, String field) {
    Transaction tx = with(mutation);
    Rejection rejection = rejected(validator.validate(tx));
    assertThat(rejection.reasonCode()).as(rejection.toString()).isEqualTo(code);
    assertThat(rejection.field()).isEqualTo(field);
    assertThat(rejection.detail()).isNotBlank();
    assertThat(rejection.rawBytes()).isNotEmpty();
  }

  private static Transaction with(Consumer<Transaction> mutation) {
    Transaction tx = Samples.transaction();
    mutation.accept(tx);
    return tx;
  }

  private static Rejection rejected(ValidationResult result) {
    assertThat(result).isInstanceOf(Rejection.class);
    return (Rejection) result;
  }

  @Test
  void reasonCodesAreStable() {
    // The codes are stored in dead letters and dashboards: renaming one breaks them.
    assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name))
        .containsExactly(
            "UNDECODABLE",
            "RECORD_TOO_LARGE",
            "MISSING_FIELD",
            "BLANK_ID",
            "CONTROL_CHARACTER",
            "FIELD_TOO_LONG",
            "MALFORMED_AMOUNT",
            "NON_FINITE_AMOUNT",
            "NEGATIVE_AMOUNT",
            "ZERO_AMOUNT",
            "AMOUNT_TOO_LARGE",
            "BAD_SCALE",
            "UNKNOWN_CURRENCY",
            "FUTURE_TIMESTAMP",
            "ANCIENT_TIMESTAMP",
            "BAD_COUNTRY",
            "BAD_MERCHANT_CATEGORY",
            "VALIDATOR_ERROR",
            "SCORING_ERROR");
  }
}
