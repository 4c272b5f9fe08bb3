package io.finnexus.api.erasure;

import io.finnexus.retention.erasure.ErasureRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure requests (GDPR Art. 17, CCPA 1798.105): RECEIVED → VERIFIED → EXECUTED or DEFERRED (with
 * the legal reason and until-date) → CONFIRMED (what was erased where). Admins and supervisors.
 */
@RestController
@RequestMapping("/erasure-requests")
public class ErasureController {

  private final ErasureRequests requests;

  public ErasureController(ErasureRequests requests) {
    this.requests = requests;
  }

  public record NewRequest(
      @NotBlank @Size(max = 200) String subjectId,
      @Pattern(regexp = "[A-Za-z0-9_\\-]{1,40}") String channel) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public ErasureRequest receive(@Valid @RequestBody NewRequest body) {
    return requests.receive(body.subjectId(), body.channel());
  }

  @GetMapping("/{id}")
  public ErasureRequest get(@PathVariable UUID id) {
    return requests.get(id);
  }

  @PostMapping("/{id}/verify")
  public ErasureRequest verify(@PathVariable UUID id, Authentication auth) {
    return requests.verify(id, auth.getName());
  }

  @PostMapping("/{id}/execute")
  public ErasureRequest execute(@PathVariable UUID id) {
    return requests.execute(id);
  }

  @PostMapping("/{id}/confirm")
  public ErasureRequest confirm(@PathVariable UUID id) {
    return requests.confirm(id);
  }
}
