package io.finnexus.api.alert;

import java.util.List;

/**
 * Published (inside the transaction) when alerts were inserted or their workflow changed; listeners
 * such as the search index act after commit.
 */
public record AlertsChanged(List<String> alertIds) {}
