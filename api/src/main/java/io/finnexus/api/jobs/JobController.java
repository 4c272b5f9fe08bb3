package io.finnexus.api.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scheduler endpoints over the batch jobs. */
@RestController
@RequestMapping("/jobs")
@Validated
public class JobController {

  static final String NAME = "[a-z0-9][a-z0-9\\-]{0,63}";

  private final JobControl control;

  public JobController(JobControl control) {
    this.control = control;
  }

  /** Optional job parameters (string values; file paths and dates as the job documents). */
  public record Trigger(Map<String, String> parameters) {}

  @GetMapping
  public List<Map<String, Object>> list() {
    return control.names().stream()
        .map(
            name -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("name", name);
              List<JobRunView> last = control.history(name, 1);
              m.put("lastRun", last.isEmpty() ? null : last.get(0));
              return m;
            })
        .toList();
  }

  @PostMapping("/{name}/runs")
  public ResponseEntity<JobRunView> trigger(
      @PathVariable @Pattern(regexp = NAME) String name,
      @RequestBody(required = false) Trigger body,
      Authentication auth) {
    Map<String, String> params =
        body == null || body.parameters() == null ? Map.of() : body.parameters();
    if (params.size() > 50
        || params.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey() == null
                        || e.getKey().length() > 100
                        || e.getValue() == null
                        || e.getValue().length() > 2000)) {
      throw io.finnexus.api.problem.ApiException.badRequest(
          "parameters", "at most 50 parameters, names up to 100 and values up to 2000 characters");
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(control.start(name, params, auth.getName()));
  }

  @GetMapping("/{name}/runs")
  public List<JobRunView> history(
      @PathVariable @Pattern(regexp = NAME) String name,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
    return control.history(name, limit);
  }

  @GetMapping("/runs/{executionId}")
  public JobRunView status(@PathVariable @Min(1) long executionId) {
    return control.status(executionId);
  }

  @PostMapping("/runs/{executionId}/restart")
  public ResponseEntity<JobRunView> restart(
      @PathVariable @Min(1) long executionId, Authentication auth) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(control.restart(executionId, auth.getName()));
  }
}
