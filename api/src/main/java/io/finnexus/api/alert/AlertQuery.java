package io.finnexus.api.alert;

import java.time.Instant;
import java.util.List;

/**
 * A validated queue query: filters (empty list or null = any), sort, page size and an optional
 * keyset cursor from the previous page.
 */
public record AlertQuery(
    List<AlertStatus> statuses,
    List<String> typologies,
    List<RiskBand> riskBands,
    Instant from,
    Instant to,
    String assignee,
    String customerId,
    AlertSort sort,
    int limit,
    AlertCursor cursor) {}
