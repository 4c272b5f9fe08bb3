package io.finnexus.api.models;

import io.finnexus.api.audit.AuditLog;
import io.finnexus.api.problem.ApiException;
import io.finnexus.api.resilience.DependencyGuard;
import io.finnexus.api.resilience.DependencyGuards;
import io.finnexus.api.resilience.DependencyUnavailableException;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.artifact.InvalidArtifactException;
import io.finnexus.models.artifact.ModelArtifact;
import io.finnexus.models.registry.GateDecision;
import io.finnexus.models.registry.ModelRegistry;
import io.finnexus.models.registry.RegisteredModel;
import io.finnexus.models.registry.RegistryException;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Data scientists' model endpoints; every stage change is audited. */
@RestController
@RequestMapping("/models")
@Validated
public class ModelController {

  static final String ID = "[A-Za-z0-9._:\\-]{1,200}";
  static final int MAX_ARTIFACT_BYTES = 64 << 20;

  private final ModelRegistry registry;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final DependencyGuard guard;

  public ModelController(
      ModelRegistry registry, AuditLog audit, TransactionTemplate tx, DependencyGuards guards) {
    this.registry = registry;
    this.audit = audit;
    this.tx = tx;
    this.guard = guards.modelRegistry();
  }

  /** Registers a {@code .fnx} artifact (the request body) as a CANDIDATE. */
  @PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public RegisteredModel upload(@RequestBody byte[] fnx, Authentication auth) {
    if (fnx.length == 0 || fnx.length > MAX_ARTIFACT_BYTES) {
      throw ApiException.badRequest("body", "the artifact must be 1 byte to 64 MiB");
    }
    ModelArtifact artifact;
    try {
      artifact = ArtifactCodec.fromBytes(fnx);
    } catch (InvalidArtifactException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw ApiException.badRequest("body", "not a valid .fnx model artifact: " + e.getMessage());
    }
    RegisteredModel model = registryCall(() -> registry.register(artifact));
    audited(
        auth,
        "MODEL_REGISTER",
        model.modelId(),
        Map.of("name", model.modelName(), "version", model.version()));
    return model;
  }

  @GetMapping
  public List<RegisteredModel> list(
      @RequestParam @Pattern(regexp = "[a-z0-9_\\-]{1,64}") String name) {
    return registryCall(() -> registry.list(name));
  }

  @GetMapping("/{modelId}")
  public Map<String, Object> get(@PathVariable @Pattern(regexp = ID) String modelId) {
    RegisteredModel model =
        registryCall(() -> registry.get(modelId))
            .orElseThrow(() -> ApiException.notFound("model", modelId));
    return Map.of("model", model, "gateDecisions", registryCall(() -> registry.decisions(modelId)));
  }

  @PostMapping("/{modelId}/shadow")
  public RegisteredModel shadow(
      @PathVariable @Pattern(regexp = ID) String modelId, Authentication auth) {
    RegisteredModel model = registryCall(() -> registry.toShadow(modelId));
    audited(auth, "MODEL_SHADOW", modelId, Map.of());
    return model;
  }

  /** Runs the promotion gate; 200 with the decision whether accepted or not. */
  @PostMapping("/{modelId}/promote")
  public GateDecision promote(
      @PathVariable @Pattern(regexp = ID) String modelId, Authentication auth) {
    GateDecision decision = registryCall(() -> registry.promote(modelId));
    audited(
        auth, "MODEL_PROMOTE", modelId, Map.of("accepted", Boolean.toString(decision.accepted())));
    return decision;
  }

  @PostMapping("/rollback")
  public RegisteredModel rollback(
      @RequestParam @Pattern(regexp = "[a-z0-9_\\-]{1,64}") String name, Authentication auth) {
    RegisteredModel model = registryCall(() -> registry.rollback(name));
    audited(auth, "MODEL_ROLLBACK", model.modelId(), Map.of("name", name));
    return model;
  }

  /** Calls the registry through its guard: MongoDB down or slow is a 503, not a hung request. */
  private <T> T registryCall(Supplier<T> call) {
    try {
      return guard.call(call::get);
    } catch (DependencyUnavailableException e) {
      throw ApiException.dependencyUnavailable(e.getMessage());
    } catch (RegistryException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("no model ")) {
        throw ApiException.notFound("model", e.getMessage());
      }
      throw ApiException.conflict(e.getMessage());
    } catch (InvalidArtifactException e) {
      throw ApiException.conflict(e.getMessage());
    }
  }

  private void audited(
      Authentication auth, String action, String modelId, Map<String, String> details) {
    tx.executeWithoutResult(s -> audit.change(auth.getName(), action, "model", modelId, details));
  }
}
