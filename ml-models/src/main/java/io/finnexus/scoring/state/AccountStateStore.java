package io.finnexus.scoring.state;

/**
 * Where an engine keeps one bounded state value per account key. Kafka Streams implements it over a
 * {@code KeyValueStore<String, byte[]>} with the state's codec, Flink over {@code ValueState}; the
 * replay uses {@link InMemoryStateStore}. Scoring code only ever loads, mutates and saves one key
 * at a time, so engines need no other coordination.
 *
 * @param <S> the state type, e.g. {@code AccountProfile} or {@code AmlAccountState}
 */
public interface AccountStateStore<S> {

  /** The state for {@code key}, or a fresh empty state when the key was never seen. */
  S load(String key);

  /** Stores {@code state} for {@code key} (after a mutation). */
  void save(String key, S state);
}
