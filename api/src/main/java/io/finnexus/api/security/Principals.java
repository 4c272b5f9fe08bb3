package io.finnexus.api.security;

/** Who a principal name stands for: API keys are {@code apikey:<name>}, everyone else a person. */
public final class Principals {
  static final String API_KEY_PREFIX = "apikey:";

  private Principals() {}

  static String ofApiKey(String keyName) {
    return API_KEY_PREFIX + keyName;
  }

  /** Whether {@code principal} is an API key (a machine), not a signed-in person. */
  public static boolean isApiKey(String principal) {
    return principal.startsWith(API_KEY_PREFIX);
  }
}
