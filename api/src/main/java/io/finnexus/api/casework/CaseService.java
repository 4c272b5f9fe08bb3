package io.finnexus.api.casework;

import io.finnexus.api.alert.AlertRepository;
import io.finnexus.api.alert.AlertSummary;
import io.finnexus.api.alert.AlertsChanged;
import io.finnexus.api.alert.Disposition;
import io.finnexus.api.alert.DispositionMetrics;
import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.api.problem.ApiException;
import io.finnexus.api.security.Principals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case workflow. Every change locks the case row, checks the state machine, writes, and audits
 * in the same transaction. A SAR is prepared by one person ({@code PENDING_APPROVAL}) and filed
 * only when a supervisor who is not the preparer approves; the database's {@code
 * alert_case_four_eyes} constraint backs the rule up. Officers' free text (title, comments, SAR
 * narrative) is sealed under the case's customer ({@link CaseText}); the audit entries name ids and
 * lengths, never that text.
 */
@Service
public class CaseService {

  private final CaseRepository cases;
  private final AlertRepository alerts;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final DispositionMetrics metrics;
  private final CaseText text;

  CaseService(
      CaseRepository cases,
      AlertRepository alerts,
      AuditLog audit,
      ApplicationEventPublisher events,
      DispositionMetrics metrics,
      CaseText text) {
    this.cases = cases;
    this.alerts = alerts;
    this.audit = audit;
    this.events = events;
    this.metrics = metrics;
    this.text = text;
  }

  @Transactional
  public CaseView create(String title, List<String> alertIds, String actor) {
    List<String> ids = requireAlerts(alertIds);
    String caseId = "CASE-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    String subject = cases.primaryCustomer(ids).orElse(null);
    cases.insert(caseId, subject, text.seal(subject, PersonalFields.CASE_TITLE, title), actor);
    cases.addAlerts(caseId, ids, actor);
    alerts.markInCase(ids);
    audit.change(actor, "CASE_CREATE", "case", caseId, Map.of("alerts", String.join(",", ids)));
    events.publishEvent(new AlertsChanged(ids));
    return view(cases.find(caseId).orElseThrow());
  }

  @Transactional
  public CaseView addAlerts(String caseId, List<String> alertIds, String actor) {
    CaseRow row = open(caseId);
    List<String> ids = requireAlerts(alertIds);
    if (row.subjectId() == null) {
      cases.primaryCustomer(ids).ifPresent(subject -> adopt(row, subject));
    }
    cases.addAlerts(caseId, ids, actor);
    alerts.markInCase(ids);
    audit.change(actor, "CASE_ADD_ALERTS", "case", caseId, Map.of("alerts", String.join(",", ids)));
    events.publishEvent(new AlertsChanged(ids));
    return view(cases.find(caseId).orElseThrow());
  }

  @Transactional
  public CaseView assign(String caseId, String assignee, String actor) {
    open(caseId);
    cases.update(caseId, "assignee = ?", assignee);
    audit.change(actor, "CASE_ASSIGN", "case", caseId, Map.of("assignee", assignee));
    return view(cases.find(caseId).orElseThrow());
  }

  @Transactional
  public CaseView comment(String caseId, String body, String actor) {
    CaseRow row = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case", caseId));
    comment(row, actor, body);
    audit.change(
        actor, "CASE_COMMENT", "case", caseId, Map.of("length", Integer.toString(body.length())));
    return view(cases.find(caseId).orElseThrow());
  }

  @Transactional
  public CaseView escalate(String caseId, String reason, String actor) {
    CaseRow row = open(caseId);
    if (row.status() == CaseStatus.ESCALATED) {
      throw ApiException.conflict("case " + caseId + " is already escalated");
    }
    cases.update(caseId, "status = 'ESCALATED', escalated_by = ?, escalated_at = now()", actor);
    if (reason != null && !reason.isBlank()) {
      comment(row, actor, "Escalated: " + reason);
    }
    audit.change(actor, "CASE_ESCALATE", "case", caseId, Map.of());
    return view(cases.find(caseId).orElseThrow());
  }

  /**
   * Closes the case as false_positive or true_positive_no_sar, or prepares a SAR (sar_filed), which
   * then waits for a supervisor's approval.
   */
  @Transactional
  public CaseView dispose(String caseId, Disposition disposition, String narrative, String actor) {
    CaseRow row = open(caseId);
    if (disposition == Disposition.SAR_FILED) {
      requirePerson(actor, "prepared");
      if (narrative == null || narrative.isBlank()) {
        throw ApiException.badRequest("narrative", "a SAR needs a narrative");
      }
      cases.update(
          caseId,
          "status = 'PENDING_APPROVAL', prepared_by = ?, sar_narrative = ?, sar_prepared_at = now(),"
              + " approved_by = NULL",
          actor,
          text.seal(row.subjectId(), PersonalFields.CASE_SAR_NARRATIVE, narrative));
      audit.change(actor, "CASE_SAR_PREPARE", "case", caseId, Map.of());
      return view(cases.find(caseId).orElseThrow());
    }
    closeCase(caseId, disposition, actor);
    audit.change(actor, "CASE_CLOSE", "case", caseId, Map.of("disposition", disposition.wire()));
    return view(cases.find(caseId).orElseThrow());
  }

  /** A supervisor files the prepared SAR; never the preparer (four eyes). */
  @Transactional
  public CaseView approveSar(String caseId, String supervisor) {
    CaseRow row = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case", caseId));
    if (row.status() != CaseStatus.PENDING_APPROVAL) {
      throw ApiException.conflict("case " + caseId + " has no SAR waiting for approval");
    }
    requirePerson(supervisor, "approved");
    if (supervisor.equals(row.preparedBy())) {
      throw ApiException.fourEyes(
          "the SAR was prepared by " + supervisor + "; another supervisor must approve it");
    }
    try {
      cases.update(caseId, "approved_by = ?, approved_at = now()", supervisor);
      closeCase(caseId, Disposition.SAR_FILED, supervisor);
    } catch (DataIntegrityViolationException e) {
      throw ApiException.fourEyes(
          "the database refused the approval: preparer and approver must differ");
    }
    audit.change(
        supervisor, "CASE_SAR_APPROVE", "case", caseId, Map.of("preparedBy", row.preparedBy()));
    return view(cases.find(caseId).orElseThrow());
  }

  /**
   * Four eyes means two named people: one administrator could mint two API keys and prepare and
   * approve with them, so a SAR is never prepared or approved by an API key.
   */
  private static void requirePerson(String actor, String step) {
    if (Principals.isApiKey(actor)) {
      throw ApiException.fourEyes(
          "a SAR is " + step + " by a signed-in person, not by an API key (" + actor + ")");
    }
  }

  /** A supervisor sends a prepared SAR back to the officers with a reason. */
  @Transactional
  public CaseView rejectSar(String caseId, String reason, String supervisor) {
    CaseRow row = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case", caseId));
    if (row.status() != CaseStatus.PENDING_APPROVAL) {
      throw ApiException.conflict("case " + caseId + " has no SAR waiting for approval");
    }
    cases.update(caseId, "status = 'OPEN'");
    comment(row, supervisor, "SAR returned: " + reason);
    audit.change(supervisor, "CASE_SAR_REJECT", "case", caseId, Map.of());
    return view(cases.find(caseId).orElseThrow());
  }

  public CaseView get(String caseId, String actor) {
    CaseView view =
        view(cases.find(caseId).orElseThrow(() -> ApiException.notFound("case", caseId)));
    audit.read(actor, "CASE_READ", "case", caseId, Map.of());
    return view;
  }

  public List<CaseView> list(String status, String assignee, int limit, String actor) {
    List<CaseView> out = new ArrayList<>();
    for (CaseRow row : cases.list(status, assignee, limit)) {
      out.add(CaseRepository.view(text.open(row), List.of(), List.of()));
    }
    audit.read(actor, "CASE_LIST", "case", "*", Map.of("returned", Integer.toString(out.size())));
    return out;
  }

  private void closeCase(String caseId, Disposition disposition, String actor) {
    cases.update(
        caseId, "status = 'CLOSED', disposition = ?, closed_at = now()", disposition.wire());
    List<String> ids = cases.alertIds(caseId);
    int closed = alerts.close(ids, disposition, actor);
    metrics.disposed(disposition, closed);
    events.publishEvent(new AlertsChanged(ids));
  }

  private CaseRow open(String caseId) {
    CaseRow row = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case", caseId));
    if (row.status() == CaseStatus.CLOSED || row.status() == CaseStatus.PENDING_APPROVAL) {
      throw ApiException.conflict(
          "case " + caseId + " is " + row.status() + " and cannot change now");
    }
    return row;
  }

  private List<String> requireAlerts(List<String> alertIds) {
    List<String> ids = alertIds.stream().distinct().toList();
    List<String> existing = alerts.existing(ids);
    List<String> missing = ids.stream().filter(id -> !existing.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw ApiException.badRequest("alertIds", "unknown alerts: " + String.join(", ", missing));
    }
    return ids;
  }

  CaseView view(CaseRow row) {
    List<AlertSummary> summaries =
        cases.alertIds(row.caseId()).stream().map(id -> alerts.summary(id).orElseThrow()).toList();
    return CaseRepository.view(
        text.open(row), summaries, text.open(row.subjectId(), cases.comments(row.caseId())));
  }

  private void comment(CaseRow row, String actor, String body) {
    cases.comment(
        row.caseId(), actor, text.seal(row.subjectId(), PersonalFields.CASE_COMMENT, body));
  }

  /**
   * A case created on alerts without a customer takes the customer of the first alert added later
   * that names one; what was written so far (in clear, there being no one to seal it for) is sealed
   * for them now.
   */
  private void adopt(CaseRow row, String subject) {
    cases.adoptSubject(
        row.caseId(),
        subject,
        text.seal(subject, PersonalFields.CASE_TITLE, row.title()),
        text.seal(subject, PersonalFields.CASE_SAR_NARRATIVE, row.sarNarrative()));
    for (CaseView.Comment c : cases.comments(row.caseId())) {
      cases.rewriteComment(
          c.commentId(), text.seal(subject, PersonalFields.CASE_COMMENT, c.body()));
    }
  }
}
