package io.finnexus.scoring.state;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link AccountStateStore} over a {@link HashMap}, for the replay and tests. Saves by reference:
 * a loaded state mutated in place is already stored.
 */
public final class InMemoryStateStore<S> implements AccountStateStore<S> {
  private final Map<String, S> states = new HashMap<>();
  private final Supplier<S> empty;

  public InMemoryStateStore(Supplier<S> empty) {
    this.empty = empty;
  }

  @Override
  public S load(String key) {
    return states.computeIfAbsent(key, k -> empty.get());
  }

  @Override
  public void save(String key, S state) {
    states.put(key, state);
  }

  public int size() {
    return states.size();
  }
}
