package io.finnexus.schemas.validation;

import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Every check on a decoded transaction, in a fixed order; the first failure wins. */
final class TransactionChecks {

  /** Scale of Transaction.amount on the wire: Avro decimal(18,4). */
  static final int WIRE_SCALE = 4;

  private static final Pattern MCC = Pattern.compile("\\d{4}");

  private final ValidationLimits limits;
  private final Clock clock;
  private final IsoCodes iso;

  TransactionChecks(ValidationLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.iso = new IsoCodes(limits.extraCurrencies(), limits.extraCountries());
  }

  /** The first problem of {@code tx}, or null when it is valid. */
  Problem firstProblem(Transaction tx) {
    if (tx == null) {
      return new Problem(ReasonCode.MISSING_FIELD, null, "no transaction");
    }
    List<Supplier<Problem>> checks =
        List.of(
            () -> requiredNonText(tx),
            () -> ids(tx),
            () ->
                TextChecks.text(
                    "counterparty_name", tx.getCounterpartyName(), limits.maxNameLength(), false),
            () -> TextChecks.text("memo", tx.getMemo(), limits.maxMemoLength(), true),
            () -> amount(tx.getAmount()),
            () -> currency(tx.getCurrency()),
            () -> eventTime(tx.getEventTime()),
            () -> country("counterparty_country", tx.getCounterpartyCountry()),
            () -> country("location_country", tx.getLocationCountry()),
            () -> merchantCategory(tx.getMerchantCategory()));
    return checks.stream().map(Supplier::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static Problem requiredNonText(Transaction tx) {
    if (tx.getEventTime() == null) {
      return missing("event_time");
    }
    if (tx.getDirection() == null) {
      return missing("direction");
    }
    if (tx.getAmount() == null) {
      return missing("amount");
    }
    if (tx.getCurrency() == null) {
      return missing("currency");
    }
    return tx.getChannel() == null ? missing("channel") : null;
  }

  private Problem ids(Transaction tx) {
    int max = limits.maxIdLength();
    List<Supplier<Problem>> checks =
        List.of(
            () -> TextChecks.requiredId("transaction_id", tx.getTransactionId(), max),
            () -> TextChecks.requiredId("account_id", tx.getAccountId(), max),
            () -> TextChecks.requiredId("customer_id", tx.getCustomerId(), max),
            () ->
                TextChecks.requiredId(
                    "counterparty_account_id", tx.getCounterpartyAccountId(), max),
            () ->
                TextChecks.optionalId(
                    "counterparty_customer_id", tx.getCounterpartyCustomerId(), max),
            () -> TextChecks.optionalId("card_id", tx.getCardId(), max),
            () -> TextChecks.optionalId("merchant_id", tx.getMerchantId(), max),
            () -> TextChecks.optionalId("device_id", tx.getDeviceId(), max));
    return checks.stream().map(Supplier::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** Sign, zero, size, then scale; size is compared before any arithmetic on a huge value. */
  private Problem amount(BigDecimal amount) {
    if (amount.signum() < 0) {
      return new Problem(
          ReasonCode.NEGATIVE_AMOUNT, "amount", "amount " + Problem.shown(amount) + " is negative");
    }
    if (amount.signum() == 0 && !limits.allowZeroAmount()) {
      return new Problem(ReasonCode.ZERO_AMOUNT, "amount", "amount is zero");
    }
    if (amount.compareTo(limits.maxAmount()) > 0) {
      return new Problem(
          ReasonCode.AMOUNT_TOO_LARGE,
          "amount",
          "amount " + Problem.shown(amount) + " is above " + limits.maxAmount().toPlainString());
    }
    if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > WIRE_SCALE) {
      return new Problem(
          ReasonCode.BAD_SCALE,
          "amount",
          "amount " + Problem.shown(amount) + " has more than " + WIRE_SCALE + " decimal places");
    }
    return null;
  }

  private Problem currency(String code) {
    return iso.isCurrency(code)
        ? null
        : new Problem(
            ReasonCode.UNKNOWN_CURRENCY,
            "currency",
            "currency '" + Problem.shown(code) + "' is not an ISO 4217 code");
  }

  private Problem eventTime(Instant eventTime) {
    Instant latest = clock.instant().plus(limits.maxClockSkew());
    if (eventTime.isAfter(latest)) {
      return new Problem(
          ReasonCode.FUTURE_TIMESTAMP,
          "event_time",
          "event_time " + eventTime + " is after " + latest + " (now plus allowed clock skew)");
    }
    if (eventTime.isBefore(limits.earliestEventTime())) {
      return new Problem(
          ReasonCode.ANCIENT_TIMESTAMP,
          "event_time",
          "event_time " + eventTime + " is before " + limits.earliestEventTime());
    }
    return null;
  }

  private Problem country(String field, String code) {
    return code == null || iso.isCountry(code)
        ? null
        : new Problem(
            ReasonCode.BAD_COUNTRY,
            field,
            field + " '" + Problem.shown(code) + "' is not an ISO 3166-1 alpha-2 code");
  }

  private static Problem merchantCategory(String mcc) {
    return mcc == null || MCC.matcher(mcc).matches()
        ? null
        : new Problem(
            ReasonCode.BAD_MERCHANT_CATEGORY,
            "merchant_category",
            "merchant_category '" + Problem.shown(mcc) + "' is not a four-digit MCC");
  }

  private static Problem missing(String field) {
    return new Problem(ReasonCode.MISSING_FIELD, field, field + " is missing");
  }
}
