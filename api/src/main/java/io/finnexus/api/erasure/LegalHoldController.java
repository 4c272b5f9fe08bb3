package io.finnexus.api.erasure;

import io.finnexus.api.problem.ApiException;
import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.hold.LegalHold;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds: while one is active on a customer, erasure of that customer is deferred (and purges
 * skip what it covers). A hold is released, never deleted. Admins and supervisors.
 */
@RestController
@RequestMapping("/legal-holds")
public class LegalHoldController {

  private final LegalHoldRegistry registry;

  public LegalHoldController(LegalHoldRegistry registry) {
    this.registry = registry;
  }

  /** Exactly the reference of the scope: subjectId (CUSTOMER), caseId (CASE) or sarId (SAR). */
  public record NewHold(
      @NotNull HoldScope scope,
      @Size(max = 200) String subjectId,
      @Size(max = 200) String caseId,
      @Size(max = 200) String sarId,
      @NotBlank @Size(max = 4000) String reason) {

    String ref() {
      String ref =
          switch (scope) {
            case CUSTOMER -> subjectId;
            case CASE -> caseId;
            case SAR -> sarId;
          };
      if (ref == null || ref.isBlank()) {
        String field =
            switch (scope) {
              case CUSTOMER -> "subjectId";
              case CASE -> "caseId";
              case SAR -> "sarId";
            };
        throw ApiException.badRequest(field, "a " + scope + " hold needs " + field);
      }
      return ref;
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public LegalHold place(@Valid @RequestBody NewHold body, Authentication auth) {
    return registry.place(body.scope(), body.ref(), body.reason(), auth.getName());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void release(@PathVariable UUID id, Authentication auth) {
    registry.release(id, auth.getName());
  }
}
