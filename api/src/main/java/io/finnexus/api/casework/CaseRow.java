package io.finnexus.api.casework;

import java.time.Instant;

/** The {@code alert_case} row. */
record CaseRow(
    String caseId,
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
    Instant closedAt) {}
