package io.finnexus.api.casework;

import java.time.Instant;

/**
 * The {@code alert_case} row. {@code title} and {@code sarNarrative} are as stored (sealed under
 * {@code subjectId}) until {@link CaseText#open} opens them.
 */
record CaseRow(
    String caseId,
    String subjectId,
    String title,
    CaseStatus status,
    String assignee,
    String disposition,
    String preparedBy,
    String approvedBy,
    String escalatedBy,
    String sarNarrative,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt) {

  CaseRow withText(String title, String sarNarrative) {
    return new CaseRow(
        caseId,
        subjectId,
        title,
        status,
        assignee,
        disposition,
        preparedBy,
        approvedBy,
        escalatedBy,
        sarNarrative,
        createdAt,
        updatedAt,
        closedAt);
  }
}
