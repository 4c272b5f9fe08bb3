package io.finnexus.retention.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DataKeyCacheTest {

  private final AtomicLong now = new AtomicLong();
  private final DataKeyCache cache = new DataKeyCache(2, 1_000, now::get);
  private final SecretKeySpec key = new SecretKeySpec(TestKeys.key(1), "AES");

  @Test
  void holds_at_most_its_size_evicting_the_least_recently_used() {
    cache.putIfUnchanged("a", key, 1, cache.epoch());
    cache.putIfUnchanged("b", key, 1, cache.epoch());
    cache.get("a");
    cache.putIfUnchanged("c", key, 1, cache.epoch());

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("a")).isNotNull();
    assertThat(cache.get("b")).isNull();
  }

  @Test
  void entries_expire_after_the_ttl() {
    cache.putIfUnchanged("a", key, 1, cache.epoch());
    now.addAndGet(1_001);

    assertThat(cache.get("a")).isNull();
  }

  @Test
  void a_key_loaded_before_a_shred_is_not_cached_after_it() {
    long epoch = cache.epoch();
    cache.invalidate("a"); // a shred happens while the key was being loaded
    cache.putIfUnchanged("a", key, 1, epoch);

    assertThat(cache.get("a")).isNull();
  }
}
