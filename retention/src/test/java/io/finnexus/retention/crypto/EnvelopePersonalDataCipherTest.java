package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.retention.crypto.PersonalDataRejected.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EnvelopePersonalDataCipherTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
  private final SubjectKeys keys =
      new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS);
  private final PersonalDataCipher cipher = new EnvelopePersonalDataCipher(keys);

  @Test
  void round_trips_and_the_token_describes_itself_without_revealing_the_value() {
    String token = cipher.encrypt("cust-1", "iban", "DE89370400440532013000");

    assertThat(token).startsWith("fnx1:1:").doesNotContain("DE89").doesNotContain("3704");
    assertThat(cipher.decrypt("cust-1", "iban", token)).contains("DE89370400440532013000");
  }

  @Test
  void the_same_value_encrypts_differently_each_time_random_nonce() {
    assertThat(cipher.encrypt("cust-1", "name", "Ada Lovelace"))
        .isNotEqualTo(cipher.encrypt("cust-1", "name", "Ada Lovelace"));
  }

  @Test
  void a_token_moved_to_another_subject_or_field_is_rejected_not_decrypted() {
    cipher.encrypt("cust-2", "name", "Bob");
    String token = cipher.encrypt("cust-1", "name", "Ada Lovelace");

    assertThatThrownBy(() -> cipher.decrypt("cust-2", "name", token))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
    assertThatThrownBy(() -> cipher.decrypt("cust-1", "address", token))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
  }

  @Test
  void an_edited_token_is_rejected() {
    String token = cipher.encrypt("cust-1", "memo", "rent March");
    // not the last character: its low bits may be base64 padding that decoding ignores
    int at = token.length() - 5;
    char c = token.charAt(at);
    String edited = token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);

    assertThatThrownBy(() -> cipher.decrypt("cust-1", "memo", edited))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
  }

  @Test
  void malformed_tokens_get_a_typed_reason() {
    cipher.encrypt("cust-1", "memo", "x");
    for (String bad :
        new String[] {
          "", "plain text", "fnx1:", "fnx1:x:AAAA", "fnx1:1:***", "fnx1:1:AAAA", "fnx1:0:AAAA"
        }) {
      assertThatThrownBy(() -> cipher.decrypt("cust-1", "memo", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              PersonalDataRejected.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_TOKEN));
    }
  }

  @Test
  void after_a_shred_the_subject_is_unreadable_even_with_the_key_cached() {
    String token = cipher.encrypt("cust-1", "name", "Ada Lovelace");
    assertThat(cipher.decrypt("cust-1", "name", token)).isPresent(); // key now cached

    assertThat(keys.shred("cust-1")).isTrue();

    assertThat(cipher.decrypt("cust-1", "name", token)).isEmpty();
    assertThat(keys.shred("cust-1")).as("idempotent").isFalse();
  }

  @Test
  void nothing_new_is_encrypted_for_a_shredded_subject() {
    keys.shred("cust-9");

    assertThatThrownBy(() -> cipher.encrypt("cust-9", "name", "Eve"))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SUBJECT_SHREDDED));
  }

  @Test
  void a_subject_that_never_had_a_key_is_an_unknown_subject() {
    String token = cipher.encrypt("cust-1", "name", "Ada");

    assertThatThrownBy(() -> cipher.decrypt("nobody", "name", token))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SUBJECT));
  }

  @Test
  void bad_ids_and_null_plaintext_are_rejected_as_invalid_input() {
    assertThatThrownBy(() -> cipher.encrypt(" ", "name", "x"))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
    assertThatThrownBy(() -> cipher.encrypt("a\0b", "name", "x"))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
    assertThatThrownBy(() -> cipher.encrypt("cust-1", "name", null))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
  }

  @Test
  void hot_subjects_are_served_from_the_cache_not_the_key_store() {
    String token = cipher.encrypt("cust-1", "name", "Ada");
    int before = store.finds.get();

    for (int i = 0; i < 100; i++) {
      cipher.decrypt("cust-1", "name", token);
    }

    assertThat(store.finds.get() - before).isZero();
  }

  @Test
  void a_wrapped_key_copied_to_another_subject_does_not_unwrap() {
    cipher.encrypt("cust-1", "name", "Ada");
    String token = cipher.encrypt("cust-2", "name", "Bob");
    store.rows.put("cust-2", new StoredSubjectKey("cust-2", store.rows.get("cust-1").wrapped(), 1));
    SubjectKeys fresh = new SubjectKeys(store, TestKeys.ring(1, 1), CipherSettings.DEFAULTS);

    assertThatThrownBy(() -> new EnvelopePersonalDataCipher(fresh).decrypt("cust-2", "name", token))
        .isInstanceOfSatisfying(
            PersonalDataRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
  }

  @Test
  void a_value_that_fails_authentication_leaves_the_next_one_on_the_thread_readable() {
    String ada = cipher.encrypt("cust-1", "name", "Ada");
    String bob = cipher.encrypt("cust-2", "name", "Bob");

    for (int i = 0; i < 3; i++) { // the thread's cipher is re-used: a failure must not stick
      assertThatThrownBy(() -> cipher.decrypt("cust-2", "name", ada))
          .isInstanceOf(PersonalDataRejected.class);
      assertThat(cipher.decrypt("cust-1", "name", ada)).contains("Ada");
      assertThat(cipher.decrypt("cust-2", "name", bob)).contains("Bob");
    }
  }

  @Test
  void threads_sealing_and_opening_at_once_each_get_their_own_values_back() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String subject = "cust-" + t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    String value = subject + "/" + i;
                    String token = cipher.encrypt(subject, "memo", value);
                    if (!cipher.decrypt(subject, "memo", token).orElseThrow().equals(value)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
