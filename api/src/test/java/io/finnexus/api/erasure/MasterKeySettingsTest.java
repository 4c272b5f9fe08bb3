package io.finnexus.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MasterKeySettingsTest {

  private static final String KEY = "ZmlubmV4dXMtdGVzdC1tYXN0ZXIta2V5LTMyYnl0ZXM=";
  private static final String PREFIX = "finnexus.retention.crypto.master-key.";

  @Test
  void noKeyOrABlankOneFailsWithTheSettingToSet() {
    assertThatThrownBy(() -> MasterKeySettings.from(new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FINNEXUS_MASTER_KEY");
    MockEnvironment blank =
        new MockEnvironment()
            .withProperty(PREFIX + "current", "1")
            .withProperty(PREFIX + "[1].base64", "");
    assertThatThrownBy(() -> MasterKeySettings.from(blank))
        .hasMessageContaining("master key missing");
  }

  @Test
  void readsVersionedKeysInEitherNotation() {
    var dotted =
        MasterKeySettings.from(
            new MockEnvironment()
                .withProperty(PREFIX + "current", "2")
                .withProperty(PREFIX + "1.base64", KEY)
                .withProperty(PREFIX + "[2].base64", KEY));
    assertThat(dotted.currentVersion()).isEqualTo(2);
    assertThat(dotted.base64Keys()).containsOnlyKeys(1, 2);
  }

  @Test
  void anUnknownPropertyIsRefusedNotIgnored() {
    MockEnvironment typo =
        new MockEnvironment()
            .withProperty(PREFIX + "current", "1")
            .withProperty(PREFIX + "1.bas64", KEY);
    assertThatThrownBy(() -> MasterKeySettings.from(typo))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("invalid");
  }
}
