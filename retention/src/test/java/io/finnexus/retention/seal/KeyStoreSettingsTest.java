package io.finnexus.retention.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                        "finnexus.db.url", "jdbc:postgresql://db/finnexus",
                        "finnexus.db.user", "finnexus",
                        "finnexus.db.password", "secret",
                        "finnexus.master-key", KEY,
                        "finnexus.master-key.version", "3")
                    ::get,
                new Properties())
            .orElseThrow();

    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db/finnexus");
    assertThat(s.masterKey().currentVersion()).isEqualTo(3);
    assertThat(s.toString()).doesNotContain("secret").doesNotContain(KEY);
    assertThat(KeyStoreSettings.envName("finnexus.db.password")).isEqualTo("FINNEXUS_DB_PASSWORD");
    assertThat(KeyStoreSettings.envName("finnexus.master-key")).isEqualTo("FINNEXUS_MASTER_KEY");
  }

  @Test
  void password_and_master_key_may_come_from_files_as_container_secrets_do(@TempDir Path dir)
      throws Exception {
    Path password = Files.writeString(dir.resolve("db-password"), "from-file\n");
    Path key = Files.writeString(dir.resolve("master-key"), KEY + "\n");

    KeyStoreSettings s =
        KeyStoreSettings.from(
                Map.of(
                        "finnexus.db.url", "jdbc:postgresql://db/finnexus",
                        "finnexus.db.password.file", password.toString(),
                        "finnexus.master-key.file", key.toString())
                    ::get,
                new Properties())
            .orElseThrow();

    assertThat(s.password()).isEqualTo("from-file");
    assertThat(s.masterKey().keyFiles()).containsEntry(1, key);
    assertThat(KeyStoreSettings.envName("finnexus.master-key.file"))
        .isEqualTo("FINNEXUS_MASTER_KEY_FILE");
  }

  @Test
  void a_key_store_without_master_key_is_an_error_not_plaintext() {
    assertThatThrownBy(
            () ->
                KeyStoreSettings.from(
                    Map.of("finnexus.db.url", "jdbc:postgresql://db/x")::get, new Properties()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FINNEXUS_MASTER_KEY");
  }
}
