package io.finnexus.app.erasure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code finnexus erasure request|status|verify|execute|confirm|hold|release}: a data-subject
 * erasure request through its lifecycle, and the legal holds that defer it, over the API. Each
 * request step prints one line {@code ERASURE id=… state=… [deferred-until=…] [reason="…"]
 * [erased=target:n,…]}; a hold prints {@code LEGAL-HOLD id=… status=placed|released}.
 */
@Command(
    name = "erasure",
    mixinStandardHelpOptions = true,
    description = "Data-subject erasure requests and legal holds (through the API).")
public final class ErasureCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--api",
      defaultValue = "http://localhost:8080",
      scope = CommandLine.ScopeType.INHERIT,
      description = "API base URL (key in FINNEXUS_API_KEY). Default: ${DEFAULT-VALUE}.")
  String api;

  /** Where the API key comes from: the environment (tests substitute their own). */
  java.util.function.UnaryOperator<String> environment = System::getenv;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 1;
  }

  @Command(name = "request", description = "Receive a request for a data subject.")
  int request(
      @Option(names = "--subject", required = true, description = "Customer id.") String subject,
      @Option(names = "--channel", defaultValue = "cli", description = "e.g. email, letter.")
          String channel) {
    return print(
        client().post("erasure-requests", Map.of("subjectId", subject, "channel", channel)));
  }

  @Command(name = "status", description = "Show a request.")
  int status(@Parameters(paramLabel = "ID") String id) {
    return print(client().get("erasure-requests/" + id));
  }

  @Command(name = "verify", description = "Record that the requester's identity was verified.")
  int verify(@Parameters(paramLabel = "ID") String id) {
    return print(client().post("erasure-requests/" + id + "/verify", null));
  }

  @Command(name = "execute", description = "Erase everywhere, or defer with the legal reason.")
  int execute(@Parameters(paramLabel = "ID") String id) {
    return print(client().post("erasure-requests/" + id + "/execute", null));
  }

  @Command(name = "confirm", description = "Confirm once nothing of the subject is readable.")
  int confirm(@Parameters(paramLabel = "ID") String id) {
    return print(client().post("erasure-requests/" + id + "/confirm", null));
  }

  @Command(name = "hold", description = "Place a legal hold on a customer, case or SAR.")
  int hold(
      @Option(names = "--scope", required = true, description = "CUSTOMER, CASE or SAR.")
          String scope,
      @Option(names = "--ref", required = true, description = "Customer, case or SAR id.")
          String ref,
      @Option(names = "--reason", required = true, description = "Kept in the hold, not shown.")
          String reason) {
    String field =
        switch (scope.toUpperCase(java.util.Locale.ROOT)) {
          case "CASE" -> "caseId";
          case "SAR" -> "sarId";
          default -> "subjectId";
        };
    JsonNode hold =
        client()
            .post(
                "legal-holds",
                Map.of(
                    "scope",
                    scope.toUpperCase(java.util.Locale.ROOT),
                    field,
                    ref,
                    "reason",
                    reason));
    System.out.printf("LEGAL-HOLD id=%s status=placed%n", hold.get("id").asString());
    return 0;
  }

  @Command(name = "release", description = "Release a legal hold.")
  int release(@Parameters(paramLabel = "HOLD_ID") String holdId) {
    client().delete("legal-holds/" + holdId);
    System.out.printf("LEGAL-HOLD id=%s status=released%n", holdId);
    return 0;
  }

  private ErasureApi client() {
    return new ErasureApi(api, environment.apply(ErasureApi.KEY_VARIABLE));
  }

  static String line(JsonNode r) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", r.path("id").asString());
    fields.put("state", r.path("state").asString());
    if (r.hasNonNull("deferredUntil")) {
      fields.put("deferred-until", r.get("deferredUntil").asString());
    }
    if (r.hasNonNull("reason")) {
      fields.put("reason", '"' + r.get("reason").asString().replace('"', '\'') + '"');
    }
    List<String> erased = new ArrayList<>();
    r.path("outcomes")
        .forEach(o -> erased.add(o.path("target").asString() + ":" + o.path("erased").asLong()));
    if (!erased.isEmpty()) {
      fields.put("erased", String.join(",", erased));
    }
    StringBuilder sb = new StringBuilder("ERASURE");
    fields.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    return sb.toString();
  }

  private static int print(JsonNode request) {
    System.out.println(line(request));
    return 0;
  }
}
