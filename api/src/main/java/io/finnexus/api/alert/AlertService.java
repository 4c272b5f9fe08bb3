package io.finnexus.api.alert;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.personal.PersonalFields;
import io.finnexus.api.problem.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queue reads (audited) and single-alert workflow changes (audited, in one transaction). */
@Service
public class AlertService {

  private final AlertRepository alerts;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final DispositionMetrics metrics;
  private final PersonalFields personal;

  public AlertService(
      AlertRepository alerts,
      AuditLog audit,
      ApplicationEventPublisher events,
      DispositionMetrics metrics,
      PersonalFields personal) {
    this.alerts = alerts;
    this.audit = audit;
    this.events = events;
    this.metrics = metrics;
    this.personal = personal;
  }

  public AlertPage page(AlertQuery query, String actor) {
    List<AlertSummary> rows = alerts.page(query);
    String next = null;
    if (rows.size() > query.limit()) {
      rows = rows.subList(0, query.limit());
      AlertSummary last = rows.get(rows.size() - 1);
      String value =
          query.sort() == AlertSort.NEWEST || query.sort() == AlertSort.OLDEST
              ? Long.toString(AlertRows.micros(last.createdAt()))
              : Double.toString(last.riskScore());
      next = new AlertCursor(query.sort(), value, last.alertId()).encode();
    }
    audit.read(
        actor, "ALERT_LIST", "alert", "*", Map.of("returned", Integer.toString(rows.size())));
    return new AlertPage(List.copyOf(rows), next);
  }

  public AlertDetail detail(String alertId, String actor) {
    AlertDetail detail =
        alerts.detail(alertId).orElseThrow(() -> ApiException.notFound("alert", alertId));
    audit.read(actor, "ALERT_READ", "alert", alertId, Map.of());
    return detail;
  }

  @Transactional
  public AlertSummary assign(String alertId, String assignee, String actor) {
    AlertSummary before =
        alerts.summary(alertId).orElseThrow(() -> ApiException.notFound("alert", alertId));
    if (AlertStatus.CLOSED.name().equals(before.status())) {
      throw ApiException.conflict("alert " + alertId + " is closed");
    }
    alerts.assign(alertId, assignee);
    audit.change(actor, "ALERT_ASSIGN", "alert", alertId, Map.of("assignee", assignee));
    events.publishEvent(new AlertsChanged(List.of(alertId)));
    return alerts.summary(alertId).orElseThrow();
  }

  /**
   * Closes one alert outside a case; a SAR is only ever filed through a case (four eyes). The
   * officer's reason is kept only in the append-only audit log, so it is sealed there under the
   * alert's customer: erasing them makes it unreadable without rewriting the hash chain.
   */
  @Transactional
  public AlertSummary close(String alertId, Disposition disposition, String reason, String actor) {
    if (disposition == Disposition.SAR_FILED) {
      throw ApiException.fourEyes(
          "a SAR is filed through a case and needs a supervisor's approval");
    }
    AlertSummary before =
        alerts.summary(alertId).orElseThrow(() -> ApiException.notFound("alert", alertId));
    if (AlertStatus.CLOSED.name().equals(before.status())) {
      throw ApiException.conflict("alert " + alertId + " is already closed");
    }
    if (AlertStatus.IN_CASE.name().equals(before.status())) {
      throw ApiException.conflict("alert " + alertId + " is in a case: close the case instead");
    }
    alerts.close(List.of(alertId), disposition, actor);
    audit.change(
        actor,
        "ALERT_CLOSE",
        "alert",
        alertId,
        Map.of("disposition", disposition.wire(), "reason", sealedReason(before, reason)));
    metrics.disposed(disposition, 1);
    events.publishEvent(new AlertsChanged(List.of(alertId)));
    return alerts.summary(alertId).orElseThrow();
  }

  private String sealedReason(AlertSummary alert, String reason) {
    if (reason == null || reason.isEmpty()) {
      return "";
    }
    return personal.seal(alert.customerId(), PersonalFields.ALERT_CLOSE_REASON, reason);
  }
}
