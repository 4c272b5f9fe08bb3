package io.finnexus.retention.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KeyStoreSettingsTest {

  private static final String KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @Test
  void no_key_store_url_means_not_configured() {
    assertThat(KeyStoreSettings.from(Map.of("finnexus.master-key", KEY)::get, new Properties()))
        .isEmpty();
  }

  @Test
  void reads_the_key_store_and_the_apis_master_key_variable() {
    KeyStoreSettings s =
        KeyStoreSettings.from(
                Map.of(
                        "finnexus.key-store.url", "jdbc:postgresql://db/finnexus",
                        "finnexus.key-store.user", "finnexus",
                        "finnexus.key-store.password", "secret",
                        "finnexus.master-key", KEY,
                        "finnexus.master-key.version", "3")
                    ::get,
                new Properties())
            .orElseThrow();

    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db/finnexus");
    assertThat(s.masterKey().currentVersion()).isEqualTo(3);
    assertThat(s.toString()).doesNotContain("secret").doesNotContain(KEY);
    assertThat(KeyStoreSettings.envName("finnexus.key-store.password"))
        .isEqualTo("FINNEXUS_KEY_STORE_PASSWORD");
    assertThat(KeyStoreSettings.envName("finnexus.master-key")).isEqualTo("FINNEXUS_MASTER_KEY");
  }

  @Test
  void a_key_store_without_master_key_is_an_error_not_plaintext() {
    assertThatThrownBy(
            () ->
                KeyStoreSettings.from(
                    Map.of("finnexus.key-store.url", "jdbc:postgresql://db/x")::get,
                    new Properties()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FINNEXUS_MASTER_KEY");
  }
}
