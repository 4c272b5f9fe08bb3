package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterKeyRotationTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();

  @Test
  void after_rotation_every_value_reads_without_the_old_master_key() {
    PersonalDataCipher before =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS));
    Map<String, String> tokens = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      tokens.put("cust-" + i, before.encrypt("cust-" + i, "name", "Name " + i));
    }

    var result = new MasterKeyRotation(store, TestKeys.ring(2, 1, 2), 7).run();

    assertThat(result.rewrapped()).isEqualTo(50);
    assertThat(result.remainingOnOldVersions()).isZero();
    assertThat(store.countLiveOnVersion(1)).isZero();
    PersonalDataCipher after =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(2, 2), CipherSettings.DEFAULTS));
    tokens.forEach(
        (subject, token) ->
            assertThat(after.decrypt(subject, "name", token))
                .contains("Name " + subject.substring(5)));
  }

  @Test
  void without_rotation_dropping_the_old_master_key_makes_data_unavailable_loudly() {
    PersonalDataCipher before =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS));
    String token = before.encrypt("cust-1", "name", "Ada");
    PersonalDataCipher after =
        new EnvelopePersonalDataCipher(
            new SubjectKeys(store, TestKeys.ring(2, 2), CipherSettings.DEFAULTS));

    assertThatThrownBy(() -> after.decrypt("cust-1", "name", token))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(PersonalDataRejected.Reason.MASTER_KEY_UNAVAILABLE));
  }

  @Test
  void shredded_subjects_are_skipped_and_stay_shredded() {
    SubjectKeys keys = new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS);
    new EnvelopePersonalDataCipher(keys).encrypt("cust-1", "name", "Ada");
    keys.shred("cust-1");

    var result = new MasterKeyRotation(store, TestKeys.ring(2, 1, 2), 10).run();

    assertThat(result.rewrapped()).isZero();
    assertThat(store.rows.get("cust-1").shredded()).isTrue();
  }
}
