package io.finnexus.retention.crypto;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link SubjectKeyStore} in a map, for unit tests of the crypto; counts lookups. */
public final class InMemorySubjectKeyStore implements SubjectKeyStore {

  final Map<String, StoredSubjectKey> rows = new ConcurrentSkipListMap<>();
  final AtomicInteger finds = new AtomicInteger();

  @Override
  public Optional<StoredSubjectKey> find(String subjectId) {
    finds.incrementAndGet();
    return Optional.ofNullable(rows.get(subjectId));
  }

  @Override
  public StoredSubjectKey insertIfAbsent(String subjectId, WrappedKey wrapped) {
    return rows.computeIfAbsent(subjectId, id -> new StoredSubjectKey(id, wrapped, 1));
  }

  @Override
  public boolean shred(String subjectId) {
    StoredSubjectKey before = rows.put(subjectId, new StoredSubjectKey(subjectId, null, 1));
    return before != null && !before.shredded();
  }

  @Override
  public List<StoredSubjectKey> liveKeysNotOnVersion(int version, int limit) {
    return rows.values().stream()
        .filter(k -> !k.shredded() && k.wrapped().masterKeyVersion() != version)
        .limit(limit)
        .toList();
  }

  @Override
  public boolean rewrap(String subjectId, int expectedMasterVersion, WrappedKey rewrapped) {
    StoredSubjectKey now = rows.get(subjectId);
    if (now == null
        || now.shredded()
        || now.wrapped().masterKeyVersion() != expectedMasterVersion) {
      return false;
    }
    rows.put(subjectId, new StoredSubjectKey(subjectId, rewrapped, now.dataKeyVersion()));
    return true;
  }

  @Override
  public long countLiveOnVersion(int version) {
    return rows.values().stream()
        .filter(k -> !k.shredded() && k.wrapped().masterKeyVersion() == version)
        .count();
  }
}
