package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyConfigTest {

  private static final String P = MasterKeyConfig.PREFIX;

  @Test
  void reads_base64_and_file_keys_of_several_versions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("master-2.key");
    Files.writeString(file, Base64.getEncoder().encodeToString(TestKeys.key(2)) + "\n");
    Properties props = new Properties();
    props.setProperty(P + "current", "2");
    props.setProperty(P + "1.base64", Base64.getEncoder().encodeToString(TestKeys.key(1)));
    props.setProperty(P + "2.file", file.toString());

    LocalMasterKeys keys = LocalMasterKeys.fromConfig(MasterKeyConfig.fromProperties(props));
    WrappedKey wrapped = keys.wrap(TestKeys.key(9), new byte[] {1});

    assertThat(keys.currentVersion()).isEqualTo(2);
    assertThat(wrapped.masterKeyVersion()).isEqualTo(2);
    assertThat(keys.unwrap(wrapped, new byte[] {1})).isEqualTo(TestKeys.key(9));
  }

  @Test
  void refuses_wrong_length_missing_current_and_unknown_properties() {
    Properties shortKey = new Properties();
    shortKey.setProperty(P + "current", "1");
    shortKey.setProperty(P + "1.base64", Base64.getEncoder().encodeToString(new byte[16]));
    assertThatThrownBy(() -> LocalMasterKeys.fromConfig(MasterKeyConfig.fromProperties(shortKey)))
        .hasMessageContaining("32 bytes");

    assertThatThrownBy(() -> MasterKeyConfig.fromProperties(new Properties()))
        .hasMessageContaining("current");

    Properties typo = new Properties();
    typo.setProperty(P + "current", "1");
    typo.setProperty(P + "1.bas64", "x");
    assertThatThrownBy(() -> MasterKeyConfig.fromProperties(typo)).hasMessageContaining("unknown");
  }

  @Test
  void the_current_version_must_be_configured() {
    Properties props = new Properties();
    props.setProperty(P + "current", "3");
    props.setProperty(P + "1.base64", Base64.getEncoder().encodeToString(TestKeys.key(1)));

    assertThatThrownBy(() -> LocalMasterKeys.fromConfig(MasterKeyConfig.fromProperties(props)))
        .hasMessageContaining("not configured");
  }
}
