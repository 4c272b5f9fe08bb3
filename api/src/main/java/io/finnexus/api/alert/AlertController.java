package io.finnexus.api.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: list, detail, assign, close. */
@RestController
@RequestMapping("/alerts")
public class AlertController {

  /** Ids are printable, bounded tokens. */
  static final String ID = "[A-Za-z0-9._:\\-]{1,200}";

  private final AlertService service;

  public AlertController(AlertService service) {
    this.service = service;
  }

  /**
   * The queue, newest first by default. Filters: status, typology, riskBand (repeatable or comma
   * separated), from/to (ISO-8601 instants, [from, to)), assignee, customer. Sort: -createdAt,
   * createdAt, -riskScore, riskScore. Pass {@code cursor} = the previous page's nextCursor. The
   * parameters are checked by {@link AlertQueryParser} rather than bean validation: this is the
   * hottest endpoint, and method validation costs more than the query.
   */
  @GetMapping
  public AlertPage list(
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) List<String> typology,
      @RequestParam(required = false) List<String> riskBand,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String customer,
      @RequestParam(defaultValue = "-createdAt") String sort,
      @RequestParam(defaultValue = "50") String limit,
      @RequestParam(required = false) String cursor,
      Authentication auth) {
    AlertQuery query =
        AlertQueryParser.parse(
            status, typology, riskBand, from, to, assignee, customer, sort, limit, cursor);
    return service.page(query, auth.getName());
  }

  @GetMapping("/{alertId}")
  public AlertDetail detail(
      @PathVariable @Pattern(regexp = ID) String alertId, Authentication auth) {
    return service.detail(alertId, auth.getName());
  }

  /** Body of an assignment. */
  public record AssignRequest(@NotBlank @Size(max = 200) String assignee) {}

  @PostMapping("/{alertId}/assign")
  public AlertSummary assign(
      @PathVariable @Pattern(regexp = ID) String alertId,
      @Valid @RequestBody AssignRequest body,
      Authentication auth) {
    return service.assign(alertId, body.assignee(), auth.getName());
  }

  /** Body of a closure: disposition false_positive or true_positive_no_sar, and why. */
  public record CloseRequest(
      @NotNull @Pattern(regexp = "false_positive|true_positive_no_sar|sar_filed")
          String disposition,
      @Size(max = 4000) String reason) {}

  @PostMapping("/{alertId}/close")
  public AlertSummary close(
      @PathVariable @Pattern(regexp = ID) String alertId,
      @Valid @RequestBody CloseRequest body,
      Authentication auth) {
    Disposition disposition = Disposition.parse(body.disposition()).orElseThrow();
    return service.close(alertId, disposition, body.reason(), auth.getName());
  }
}
