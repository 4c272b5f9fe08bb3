package io.finnexus.schemas.validation;

import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency and ISO 3166-1 alpha-2 country codes as the JDK knows them, plus extras. */
final class IsoCodes {

  /** ISO 4217 codes that are not money: no currency, and the testing code. */
  private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");

  private static final Set<String> JDK_CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .filter(code -> !NOT_MONEY.contains(code))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> JDK_COUNTRIES = Set.of(Locale.getISOCountries());

  private final Set<String> currencies;
  private final Set<String> countries;

  IsoCodes(Set<String> extraCurrencies, Set<String> extraCountries) {
    Set<String> allCurrencies = new HashSet<>(JDK_CURRENCIES);
    allCurrencies.addAll(extraCurrencies);
    this.currencies = Set.copyOf(allCurrencies);
    Set<String> allCountries = new HashSet<>(JDK_COUNTRIES);
    allCountries.addAll(extraCountries);
    this.countries = Set.copyOf(allCountries);
  }

  /** True for an upper-case ISO 4217 code the JDK knows, or an extra. Case matters. */
  boolean isCurrency(String code) {
    return currencies.contains(code);
  }

  /** True for an upper-case ISO 3166-1 alpha-2 code, or an extra. Case matters. */
  boolean isCountry(String code) {
    return countries.contains(code);
  }
}
