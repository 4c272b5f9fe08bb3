package io.finnexus.flink.sanctions;

import static io.finnexus.scoring.alert.Finding.feature;

import io.finnexus.flink.aml.Alerts;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.schemas.trace.Telemetry;
import io.finnexus.schemas.trace.TraceAttributes;
import io.finnexus.schemas.trace.TraceHeaders;
import io.finnexus.scoring.Typology;
import io.finnexus.scoring.alert.Finding;
import io.finnexus.scoring.movement.Movement;
import io.finnexus.scoring.sanctions.SanctionsScreener;
import io.finnexus.scoring.sanctions.ScreeningMatch;
import io.finnexus.scoring.sanctions.ScreeningResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Screens the counterparty name of every non-cash, non-card transaction against the sanctions lists
 * with the scoring core's {@link SanctionsScreener} and raises a {@code SANCTIONS_HIT} alert per
 * account and listed party (the alert id derives from both, so repeated payments to the same party
 * grow one alert). Stateless; the index is built once per parallel instance in {@code open}.
 */
public final class SanctionsScreeningFunction
    extends ProcessFunction<ParsedTransaction, AlertRecord> {
  private static final long serialVersionUID = 1L;

  /** Where the screener comes from (a list folder in production, a small index in tests). */
  @FunctionalInterface
  public interface ScreenerSupplier extends Serializable {
    SanctionsScreener get();
  }

  private final ScreenerSupplier supplier;
  private transient SanctionsScreener screener;
  private transient Tracer tracer;

  public SanctionsScreeningFunction(ScreenerSupplier supplier) {
    this.supplier = supplier;
  }

  /** Screening against every list file under {@code dir} (OFAC SDN CSV, UN consolidated XML). */
  public static SanctionsScreeningFunction fromDirectory(String dir) {
    return new SanctionsScreeningFunction(() -> SanctionsScreener.fromDirectory(Path.of(dir)));
  }

  @Override
  public void open(OpenContext openContext) {
    screener = supplier.get();
    tracer = Telemetry.processWide("aml-monitoring").getTracer("io.finnexus.flink");
  }

  @Override
  public void processElement(ParsedTransaction tx, Context ctx, Collector<AlertRecord> out) {
    Movement leg = tx.ownLeg();
    String name = tx.counterpartyName;
    if (name == null || name.isBlank() || leg.isCash() || leg.isCard()) {
      return;
    }
    ScreeningResult result = screener.screen(name);
    result.best().ifPresent(match -> out.collect(traced(tx, Alerts.of(finding(leg, name, match)))));
  }

  /**
   * The alert in a span of the transaction's trace (only hits cost a span): the alert record
   * carries the span's context on to the alert intake. Tracing off: the transaction's own context.
   */
  private AlertRecord traced(ParsedTransaction tx, AlertRecord alert) {
    Span span =
        tracer
            .spanBuilder("aml-monitoring sanctions-hit")
            .setParent(TraceHeaders.fromTraceparent(tx.traceparent))
            .setAttribute(TraceAttributes.TRANSACTION_ID, tx.ownLeg().transactionId())
            .setAttribute(TraceAttributes.ALERT_ID, alert.alertId)
            .startSpan();
    alert.traceparent =
        TraceHeaders.traceparent(io.opentelemetry.context.Context.root().with(span)).orElse(null);
    span.end();
    return alert;
  }

  static Finding finding(Movement leg, String name, ScreeningMatch match) {
    String summary =
        (leg.inbound() ? "Payment from " : "Payment to ")
            + "'"
            + name
            + "', which matches "
            + match.entry()
            + " '"
            + match.primaryName()
            + "'"
            + (match.alias() ? " (alias '" + match.matchedName() + "')" : "")
            + String.format(java.util.Locale.ROOT, ", similarity %.2f", match.score());
    return new Finding(
        Typology.SANCTIONS_HIT,
        match.entry().toString(),
        leg.account(),
        leg.customer(),
        leg.time(),
        match.score(),
        List.of(leg.account()),
        List.of(leg.transactionId()),
        leg.amountMinor(),
        leg.currency(),
        summary,
        List.of(Typology.SANCTIONS_HIT.name(), match.list().name()),
        List.of(feature("counterparty_name_similarity", match.score(), null, 1.0)));
  }
}
