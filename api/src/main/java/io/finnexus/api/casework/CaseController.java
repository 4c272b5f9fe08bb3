package io.finnexus.api.casework;

import io.finnexus.api.alert.Disposition;
import io.finnexus.api.audit.AuditLog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Case endpoints; SAR approval and rejection are for supervisors (see the security rules). */
@RestController
@RequestMapping("/cases")
@Validated
public class CaseController {

  static final String ID = "[A-Za-z0-9._:\\-]{1,200}";
  static final String ALERT_ID = "[A-Za-z0-9._:\\-]{1,200}";

  private final CaseService service;
  private final AuditLog audit;

  public CaseController(CaseService service, AuditLog audit) {
    this.service = service;
    this.audit = audit;
  }

  public record CreateCase(
      @NotBlank @Size(max = 300) String title,
      @NotEmpty @Size(max = 500) List<@NotNull @Pattern(regexp = ALERT_ID) String> alertIds) {}

  public record AddAlerts(
      @NotEmpty @Size(max = 500) List<@NotNull @Pattern(regexp = ALERT_ID) String> alertIds) {}

  public record Assign(@NotBlank @Size(max = 200) String assignee) {}

  public record Comment(@NotBlank @Size(max = 10_000) String body) {}

  public record Reason(@Size(max = 4000) String reason) {}

  public record Dispose(
      @NotNull @Pattern(regexp = "false_positive|true_positive_no_sar|sar_filed")
          String disposition,
      @Size(max = 20_000) String narrative) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CaseView create(@Valid @RequestBody CreateCase body, Authentication auth) {
    return service.create(body.title(), body.alertIds(), auth.getName());
  }

  @GetMapping
  public List<CaseView> list(
      @RequestParam(required = false) @Pattern(regexp = "OPEN|ESCALATED|PENDING_APPROVAL|CLOSED")
          String status,
      @RequestParam(required = false) @Size(max = 200) String assignee,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
      Authentication auth) {
    return service.list(status, assignee, limit, auth.getName());
  }

  @GetMapping("/{caseId}")
  public CaseView get(@PathVariable @Pattern(regexp = ID) String caseId, Authentication auth) {
    return service.get(caseId, auth.getName());
  }

  @PostMapping("/{caseId}/alerts")
  public CaseView addAlerts(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody AddAlerts body,
      Authentication auth) {
    return service.addAlerts(caseId, body.alertIds(), auth.getName());
  }

  @PostMapping("/{caseId}/assign")
  public CaseView assign(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody Assign body,
      Authentication auth) {
    return service.assign(caseId, body.assignee(), auth.getName());
  }

  @PostMapping("/{caseId}/comments")
  public CaseView comment(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody Comment body,
      Authentication auth) {
    return service.comment(caseId, body.body(), auth.getName());
  }

  @PostMapping("/{caseId}/escalate")
  public CaseView escalate(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody Reason body,
      Authentication auth) {
    return service.escalate(caseId, body.reason(), auth.getName());
  }

  @PostMapping("/{caseId}/disposition")
  public CaseView dispose(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody Dispose body,
      Authentication auth) {
    Disposition d = Disposition.parse(body.disposition()).orElseThrow();
    return service.dispose(caseId, d, body.narrative(), auth.getName());
  }

  @PostMapping("/{caseId}/sar/approve")
  public CaseView approve(@PathVariable @Pattern(regexp = ID) String caseId, Authentication auth) {
    return service.approveSar(caseId, auth.getName());
  }

  @PostMapping("/{caseId}/sar/reject")
  public CaseView reject(
      @PathVariable @Pattern(regexp = ID) String caseId,
      @Valid @RequestBody Reason body,
      Authentication auth) {
    return service.rejectSar(caseId, body.reason() == null ? "" : body.reason(), auth.getName());
  }

  @GetMapping(value = "/{caseId}/sar", produces = MediaType.APPLICATION_JSON_VALUE)
  public SarDraft sar(@PathVariable @Pattern(regexp = ID) String caseId, Authentication auth) {
    SarDraft draft = SarDraft.of(service.get(caseId, auth.getName()));
    audit.read(auth.getName(), "SAR_EXPORT", "case", caseId, Map.of("format", "json"));
    return draft;
  }

  @GetMapping(value = "/{caseId}/sar.html", produces = MediaType.TEXT_HTML_VALUE)
  public String sarHtml(@PathVariable @Pattern(regexp = ID) String caseId, Authentication auth) {
    SarDraft draft = SarDraft.of(service.get(caseId, auth.getName()));
    audit.read(auth.getName(), "SAR_EXPORT", "case", caseId, Map.of("format", "html"));
    return SarHtml.render(draft);
  }
}
