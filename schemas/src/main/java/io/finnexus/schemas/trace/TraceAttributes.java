package io.finnexus.schemas.trace;

import io.opentelemetry.api.common.AttributeKey;

/**
 * Span attributes shared by every service, so a trace backend can find a transaction's or an
 * alert's trace by id. Ids only: never a name, IBAN or memo (personal data stays out of traces).
 */
public final class TraceAttributes {

  /** The business transaction id (not ECS/APM {@code transaction.id}, which names a span). */
  public static final AttributeKey<String> TRANSACTION_ID =
      AttributeKey.stringKey("finnexus.transaction.id");

  public static final AttributeKey<String> ALERT_ID = AttributeKey.stringKey("finnexus.alert.id");

  public static final AttributeKey<String> MESSAGING_SYSTEM =
      AttributeKey.stringKey("messaging.system");

  public static final AttributeKey<String> MESSAGING_DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");

  private TraceAttributes() {}
}
