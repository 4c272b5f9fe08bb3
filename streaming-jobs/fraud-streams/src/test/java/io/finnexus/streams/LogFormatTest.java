package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.finnexus.schemas.trace.LogFields;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The app's shipped logback.xml: human lines by default, ECS JSON lines with the trace and business
 * ids under {@code FINNEXUS_LOG_FORMAT=ecs} (here the equally honoured system property).
 */
class LogFormatTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";

  @AfterEach
  void restoreTestLogging() throws Exception {
    System.clearProperty("FINNEXUS_LOG_FORMAT");
    configure("logback-test.xml");
  }

  @Test
  void ecsFormatWritesOneJsonObjectPerEventWithTheTraceAndTransactionIds() throws Exception {
    System.setProperty("FINNEXUS_LOG_FORMAT", "ecs");
    String line = logOneLine();
    assertThat(line).startsWith("{").endsWith("}");
    assertThat(line)
        .contains("\"@timestamp\"")
        .containsPattern("\"log.level\": ?\"INFO\"")
        .contains("\"message\":\"scored\"")
        .contains("\"service.name\":\"fraud-streams\"")
        .contains("\"trace.id\":\"" + TRACE + "\"")
        .contains("\"span.id\":\"" + SPAN + "\"")
        .contains("\"finnexus.transaction.id\":\"tx-1\"");
  }

  @Test
  void theDefaultIsAHumanLine() throws Exception {
    String line = logOneLine();
    assertThat(line).doesNotStartWith("{").contains("INFO").endsWith("- scored");
  }

  private static String logOneLine() throws Exception {
    PrintStream err = System.err;
    var captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      configure("logback.xml"); // the console appender binds System.err when it starts
      Span span =
          Span.wrap(
              SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()));
      try (LogFields fields = LogFields.put(span, "tx-1", null)) {
        LoggerFactory.getLogger("io.finnexus.streams.score").info("scored");
      }
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8).strip();
  }

  private static void configure(String resource) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFormatTest.class.getClassLoader().getResource(resource));
  }
}
