package io.finnexus.api.alert;

import io.finnexus.api.problem.ApiException;
import io.finnexus.api.problem.ProblemTypes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;

/**
 * A keyset position: the sort it belongs to, the last row's sort value (epoch microseconds or the
 * risk score) and its alert id. Opaque to clients (base64url); a cursor of another sort, or
 * garbage, is rejected with the {@code bad-cursor} problem.
 */
public record AlertCursor(AlertSort sort, String value, String alertId) {

  public String encode() {
    String raw = sort.wire() + "\n" + value + "\n" + alertId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static AlertCursor decode(String text, AlertSort expectedSort) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 3);
      if (parts.length != 3 || !parts[0].equals(expectedSort.wire())) {
        throw bad("the cursor belongs to another sort order or is corrupt");
      }
      if (expectedSort.column().equals("created_at")) {
        Long.parseLong(parts[1]);
      } else {
        Double.parseDouble(parts[1]);
      }
      return new AlertCursor(expectedSort, parts[1], parts[2]);
    } catch (IllegalArgumentException e) {
      throw bad("the cursor is not one this API issued");
    }
  }

  private static ApiException bad(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_CURSOR, "Bad cursor", detail)
        .with("field", "cursor");
  }
}
