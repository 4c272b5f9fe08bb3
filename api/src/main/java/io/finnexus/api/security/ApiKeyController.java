package io.finnexus.api.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins create, list and revoke API keys. */
@RestController
@RequestMapping("/api-keys")
@Validated
public class ApiKeyController {

  private final ApiKeyService keys;

  public ApiKeyController(ApiKeyService keys) {
    this.keys = keys;
  }

  public record CreateKey(
      @NotBlank @Size(max = 200) String name,
      @NotEmpty @Size(max = 5)
          List<
                  @NotNull @Pattern(regexp = "OFFICER|SUPERVISOR|SCHEDULER|DATA_SCIENTIST|ADMIN")
                  String>
              roles) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public ApiKeyService.NewKey create(@Valid @RequestBody CreateKey body, Authentication auth) {
    return keys.create(body.name(), body.roles(), auth.getName());
  }

  @GetMapping
  public List<ApiKeyService.KeyInfo> list() {
    return keys.list();
  }

  @DeleteMapping("/{keyId}")
  public ApiKeyService.KeyInfo revoke(
      @PathVariable @Pattern(regexp = "[a-f0-9]{12}") String keyId, Authentication auth) {
    return keys.revoke(keyId, auth.getName());
  }
}
