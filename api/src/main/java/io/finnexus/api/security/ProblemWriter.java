package io.finnexus.api.security;

import io.finnexus.api.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from servlet filters, where no controller advice runs. */
final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  static void write(HttpServletResponse response, int status, URI type, String title, String detail)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.getWriter().write(JSON.writeValueAsString(body));
  }

  static void unauthenticated(HttpServletResponse response, String detail) throws IOException {
    write(response, 401, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", detail);
  }
}
