package io.finnexus.retention.erasure;

import io.finnexus.retention.audit.RetentionAudit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Runs erasure requests through their lifecycle ({@link ErasureState}). Execution first asks every
 * {@link RetentionObligation}; if any defers, nothing is erased and the legal reason and end date
 * are recorded. Otherwise every {@link ErasureTarget} runs (plaintext copies first, the key shred
 * last) and the request records what was erased where. Every state change is audited with ids and
 * counts, never personal data.
 */
public final class ErasureService {

  /** Key owners that are not data subjects (e.g. the search-token key); never erasable. */
  public static final String TECHNICAL_KEY_PREFIX = "finnexus:";

  private final ErasureRequestStore requests;
  private final List<RetentionObligation> obligations;
  private final List<ErasureTarget> targets;
  private final RetentionAudit audit;
  private final Clock clock;

  /** {@code targets} run in the given order; put {@link CryptoShredTarget} last. */
  public ErasureService(
      DataSource dataSource,
      List<RetentionObligation> obligations,
      List<ErasureTarget> targets,
      RetentionAudit audit,
      Clock clock) {
    this.requests = new ErasureRequestStore(dataSource);
    this.obligations = List.copyOf(obligations);
    this.targets = List.copyOf(targets);
    this.audit = audit;
    this.clock = clock;
  }

  public ErasureRequest receive(String subjectId, String channel) {
    if (subjectId == null || subjectId.isBlank() || subjectId.length() > 200) {
      throw new ErasureRejected("subject id must be 1..200 characters");
    }
    if (subjectId.startsWith(TECHNICAL_KEY_PREFIX)) {
      throw new ErasureRejected("subject ids starting with finnexus: name technical keys");
    }
    UUID id = UUID.randomUUID();
    requests.insert(id, subjectId, channel == null ? "unknown" : channel, clock.instant());
    audit.record("erasure.received", id.toString(), Map.of("channel", String.valueOf(channel)));
    return status(id).orElseThrow();
  }

  /** Records that the requester's identity was verified (by whom). */
  public ErasureRequest verify(UUID id, String verifiedBy) {
    move(
        id, ErasureState.VERIFIED, "verified_at = ?, verified_by = ?", clock.instant(), verifiedBy);
    return audited(id, "erasure.verified", Map.of());
  }

  public ErasureRequest reject(UUID id, String reason) {
    move(id, ErasureState.REJECTED, "decided_at = ?, reason = ?", clock.instant(), reason);
    return audited(id, "erasure.rejected", Map.of());
  }

  /** Executes a verified (or re-evaluates a deferred) request: defers it or erases everywhere. */
  public ErasureRequest execute(UUID id) {
    ErasureRequest request = status(id).orElseThrow(() -> new ErasureRejected("unknown " + id));
    if (!ErasureState.EXECUTED.allowedFrom().contains(request.state())) {
      throw new ErasureRejected("request " + id + " is " + request.state() + ", not verified");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Deferral> deferrals = new ArrayList<>();
    obligations.forEach(o -> o.check(request.subjectId(), today).ifPresent(deferrals::add));
    if (!deferrals.isEmpty()) {
      return defer(request, deferrals);
    }
    List<ErasureOutcome> outcomes = new ArrayList<>();
    for (ErasureTarget target : targets) {
      outcomes.add(target.erase(request.subjectId()));
    }
    move(
        id,
        ErasureState.EXECUTED,
        "decided_at = ?, deferred_until = NULL, reason = NULL," + " outcome = ?",
        clock.instant(),
        ErasureOutcome.encode(outcomes));
    long erased = outcomes.stream().mapToLong(ErasureOutcome::erased).sum();
    return audited(id, "erasure.executed", Map.of("targets", outcomes.size(), "erased", erased));
  }

  /**
   * Confirms an executed request when no target holds readable data of the subject any more: every
   * outcome's {@code completeBy} has passed and no target has anything {@code remaining}. The
   * returned request's outcomes are the confirmation: what was erased, where.
   *
   * @throws ErasureRejected naming the targets that still hold data, or will until when (stays
   *     EXECUTED)
   */
  public ErasureRequest confirm(UUID id) {
    ErasureRequest request = status(id).orElseThrow(() -> new ErasureRejected("unknown " + id));
    String pending =
        request.outcomes().stream()
            .filter(o -> o.completeBy() != null && o.completeBy().isAfter(clock.instant()))
            .map(o -> o.target() + " (" + o.location() + ") until " + o.completeBy())
            .collect(Collectors.joining(", "));
    if (!pending.isEmpty()) {
      throw new ErasureRejected(
          "erasure not complete yet, data may still be readable in: " + pending);
    }
    String leftovers =
        targets.stream()
            .filter(t -> t.remaining(request.subjectId()) > 0)
            .map(ErasureTarget::name)
            .collect(Collectors.joining(", "));
    if (!leftovers.isEmpty()) {
      throw new ErasureRejected("data still readable in: " + leftovers);
    }
    move(id, ErasureState.CONFIRMED, "confirmed_at = ?", clock.instant());
    return audited(id, "erasure.confirmed", Map.of("targets", request.outcomes().size()));
  }

  /** Re-executes every deferred request; those whose obligations lapsed are erased now. */
  public List<ErasureRequest> reevaluateDeferred() {
    return requests.inStates(ErasureState.DEFERRED).stream().map(r -> execute(r.id())).toList();
  }

  /**
   * Re-runs every target for every executed or confirmed request this database knows of. After
   * restoring a backup that is not enough (the restored requests predate it): use {@link
   * RestoredErasures} with the {@link ErasureLedger}, as {@code finnexus restore} does.
   *
   * @return the number of subjects re-erased
   */
  public int reapplyAfterRestore() {
    List<ErasureRequest> done = requests.inStates(ErasureState.EXECUTED, ErasureState.CONFIRMED);
    done.forEach(r -> targets.forEach(t -> t.erase(r.subjectId())));
    audit.record("erasure.reapplied", "restore", Map.of("requests", done.size()));
    return done.size();
  }

  public Optional<ErasureRequest> status(UUID id) {
    return requests.find(id);
  }

  private ErasureRequest defer(ErasureRequest request, List<Deferral> deferrals) {
    String reason = deferrals.stream().map(Deferral::legalReason).collect(Collectors.joining("; "));
    LocalDate until =
        deferrals.stream().anyMatch(d -> d.until() == null)
            ? null
            : deferrals.stream().map(Deferral::until).max(LocalDate::compareTo).orElseThrow();
    move(
        request.id(),
        ErasureState.DEFERRED,
        "decided_at = ?, deferred_until = ?, reason = ?",
        clock.instant(),
        until,
        reason);
    return audited(
        request.id(),
        "erasure.deferred",
        Map.of("until", String.valueOf(until), "obligations", deferrals.size()));
  }

  private void move(UUID id, ErasureState to, String assignments, Object... values) {
    if (!requests.transition(id, to, assignments, values)) {
      String now = status(id).map(r -> r.state().name()).orElse("unknown");
      throw new ErasureRejected("request " + id + " cannot move from " + now + " to " + to);
    }
  }

  private ErasureRequest audited(UUID id, String action, Map<String, ?> details) {
    audit.record(action, id.toString(), details);
    return status(id).orElseThrow();
  }
}
