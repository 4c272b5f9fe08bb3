package io.finnexus.retention.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.retention.hold.HoldScope;
import io.finnexus.retention.policy.DataCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurgeSqlTest {

  @Test
  void each_chunk_deletes_a_bounded_set_of_tids_never_the_whole_table() {
    PurgeSql sql =
        new PurgeSql(
            new PurgeTarget(
                DataCategory.CASE,
                "fnx_case",
                "closed_at",
                null,
                Map.of(HoldScope.CASE, "id", HoldScope.CUSTOMER, "customer_id")));

    assertThat(sql.deleteChunk)
        .startsWith("DELETE FROM fnx_case WHERE ctid = ANY (ARRAY(SELECT t.ctid")
        .endsWith("LIMIT ?))")
        .contains("h.scope = 'CASE' AND h.scope_ref = t.id::text")
        .contains("h.scope = 'CUSTOMER' AND h.scope_ref = t.customer_id::text");
  }

  @Test
  void identifiers_that_are_not_plain_names_are_refused() {
    assertThatThrownBy(
            () -> new PurgeTarget(DataCategory.CASE, "t; DROP TABLE x", "a", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PurgeTarget(DataCategory.CASE, "t", "a", "1=1; DELETE", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new PurgeTarget(DataCategory.CASE, "t", "a", null, Map.of(HoldScope.SAR, "x y")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
