package io.finnexus.api.alert;

import java.util.List;

/** A page of the queue and the cursor of the next one (null on the last page). */
public record AlertPage(List<AlertSummary> items, String nextCursor) {}
