package io.finnexus.schemas.validation;

import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.Samples;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid transactions and of type-correct but hostile field values. */
final class TransactionArbitraries {

  /** A field index of {@link Transaction} and the value to put there. */
  record Mutation(int position, Object value) {
    String field() {
      return Transaction.getClassSchema().getFields().get(position).name();
    }
  }

  private TransactionArbitraries() {}

  static Arbitrary<Transaction> validTransactions() {
    Arbitrary<List<String>> requiredIds = id().list().ofSize(4);
    Arbitrary<List<String>> optionalIds = id().injectNull(0.3).list().ofSize(4);
    Arbitrary<List<String>> countries =
        Arbitraries.of(Locale.getISOCountries()).injectNull(0.3).list().ofSize(2);
    Arbitrary<BigDecimal> amount =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.0001"), ValidationLimits.defaults().maxAmount())
            .ofScale(4);
    Arbitrary<String> currency =
        Arbitraries.of(
            Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .filter(c -> !c.equals("XXX") && !c.equals("XTS"))
                .toList());
    Arbitrary<Instant> eventTime =
        Arbitraries.longs()
            .between(
                ValidationLimits.defaults().earliestEventTime().toEpochMilli(),
                Samples.NOW.toEpochMilli())
            .map(Instant::ofEpochMilli);
    Arbitrary<List<String>> texts =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('À', 'ž')
            .ofMaxLength(140)
            .injectNull(0.3)
            .list()
            .ofSize(2);
    return Combinators.combine(
            requiredIds,
            optionalIds,
            countries,
            amount,
            currency,
            eventTime,
            texts,
            Arbitraries.of(Channel.class))
        .as(
            (ids, optional, country, amt, cur, time, text, channel) ->
                Transaction.newBuilder()
                    .setTransactionId(ids.get(0))
                    .setAccountId(ids.get(1))
                    .setCustomerId(ids.get(2))
                    .setCounterpartyAccountId(ids.get(3))
                    .setCounterpartyCustomerId(optional.get(0))
                    .setCardId(optional.get(1))
                    .setMerchantId(optional.get(2))
                    .setDeviceId(optional.get(3))
                    .setCounterpartyCountry(country.get(0))
                    .setLocationCountry(country.get(1))
                    .setAmount(amt)
                    .setCurrency(cur)
                    .setEventTime(time)
                    .setCounterpartyName(text.get(0))
                    .setMemo(text.get(1))
                    .setDirection(amt.hashCode() % 2 == 0 ? Direction.DEBIT : Direction.CREDIT)
                    .setChannel(channel)
                    .setMerchantCategory(null)
                    .build());
  }

  /** A field of the sample transaction replaced by a value of the right type, often hostile. */
  static Arbitrary<Mutation> mutations() {
    int fields = Transaction.getClassSchema().getFields().size();
    return Arbitraries.integers()
        .between(0, fields - 1)
        .flatMap(position -> valueFor(position).map(value -> new Mutation(position, value)));
  }

  private static Arbitrary<?> valueFor(int position) {
    String name = Transaction.getClassSchema().getFields().get(position).name();
    return switch (name) {
      case "event_time" -> instants().injectNull(0.1);
      case "amount" -> amounts().injectNull(0.1);
      case "direction" -> Arbitraries.of(Direction.class).injectNull(0.3);
      case "channel" -> Arbitraries.of(Channel.class).injectNull(0.3);
      default -> hostileStrings().injectNull(0.1);
    };
  }

  private static Arbitrary<String> id() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('-', '_', ':')
        .ofMinLength(1)
        .ofMaxLength(64);
  }

  private static Arbitrary<String> hostileStrings() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "\t", "ZZ", "usd", "EUR", "CH", "ch", "XK", "5812", "58a2", "XXX"),
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().alpha().ofMinLength(2000).ofMaxLength(3000));
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(Instant::ofEpochMilli),
        Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Samples.NOW),
        Arbitraries.longs().between(-3_600_000, 3_600_000).map(Samples.NOW::plusMillis));
  }

  private static Arbitrary<BigDecimal> amounts() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
    return Arbitraries.oneOf(
        Combinators.combine(unscaled, Arbitraries.integers().between(-40, 40)).as(BigDecimal::new),
        Arbitraries.of(
            new BigDecimal("1E+999999999"), new BigDecimal("1E-999999999"), BigDecimal.ZERO));
  }
}
