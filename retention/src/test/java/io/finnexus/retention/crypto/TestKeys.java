package io.finnexus.retention.crypto;

import java.util.Arrays;
import java.util.Map;

/** Deterministic master keys for tests (never use fixed keys outside tests). */
final class TestKeys {
  private TestKeys() {}

  static byte[] key(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    return key;
  }

  static LocalMasterKeys ring(int current, int... versions) {
    Map<Integer, byte[]> keys = new java.util.TreeMap<>();
    for (int v : versions) {
      keys.put(v, key(v));
    }
    return new LocalMasterKeys(current, keys);
  }
}
