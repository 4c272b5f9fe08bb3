package io.finnexus.schemas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HostileJsonTest {

  @Test
  void the_same_draws_give_the_same_body_whatever_the_order_of_the_valid_fields() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("businessDate", "2026-03-01");
    nested.put("region", "EU");
    Map<String, Object> forward = new LinkedHashMap<>();
    forward.put("title", "fuzz case");
    forward.put("assignee", "officer");
    forward.put("parameters", nested);
    Map<String, Object> reversedNested = new LinkedHashMap<>();
    reversedNested.put("region", "EU");
    reversedNested.put("businessDate", "2026-03-01");
    Map<String, Object> reversed = new LinkedHashMap<>();
    reversed.put("parameters", reversedNested);
    reversed.put("assignee", "officer");
    reversed.put("title", "fuzz case");

    for (long seed = 0; seed < 2_000; seed++) {
      assertThat(HostileJson.body(new SplittableRandom(seed), reversed))
          .as("seed %d", seed)
          .isEqualTo(HostileJson.body(new SplittableRandom(seed), forward));
    }
  }
}
