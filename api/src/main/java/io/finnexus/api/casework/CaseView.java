package io.finnexus.api.casework;

import io.finnexus.api.alert.AlertSummary;
import java.time.Instant;
import java.util.List;

/** A case with its alerts and comments. */
public record CaseView(
    String caseId,
    String title,
    String status,
    String assignee,
    String disposition,
    String preparedBy,
    String approvedBy,
    String escalatedBy,
    String sarNarrative,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    List<AlertSummary> alerts,
    List<Comment> comments) {

  /** One officer's note on the case. */
  public record Comment(long commentId, String author, String body, Instant createdAt) {}
}
