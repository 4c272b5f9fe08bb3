package io.finnexus.api.alert;

import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/** One row of the review queue; amounts are exact decimal strings, never floating point. */
@JsonSerialize(using = AlertSummaryJson.class)
public record AlertSummary(
    String alertId,
    String typology,
    String kind,
    Instant createdAt,
    double riskScore,
    String riskBand,
    String accountId,
    String customerId,
    String totalAmount,
    String currency,
    String summary,
    String status,
    String assignee,
    String disposition) {}
