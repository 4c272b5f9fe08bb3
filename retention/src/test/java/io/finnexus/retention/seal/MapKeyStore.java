package io.finnexus.retention.seal;

import io.finnexus.retention.crypto.StoredSubjectKey;
import io.finnexus.retention.crypto.SubjectKeyStore;
import io.finnexus.retention.crypto.WrappedKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A key store in a map, for unit tests of sealing (the JDBC store has its own ITs). */
final class MapKeyStore implements SubjectKeyStore {

  private final Map<String, StoredSubjectKey> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<StoredSubjectKey> find(String subjectId) {
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
    return List.of();
  }

  @Override
  public boolean rewrap(String subjectId, int expectedMasterVersion, WrappedKey rewrapped) {
    return false;
  }

  @Override
  public long countLiveOnVersion(int version) {
    return rows.size();
  }
}
