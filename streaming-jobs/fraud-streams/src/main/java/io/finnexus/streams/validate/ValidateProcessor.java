package io.finnexus.streams.validate;

import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.validation.DeadLetters;
import io.finnexus.schemas.validation.Rejection;
import io.finnexus.schemas.validation.TransactionValidator;
import io.finnexus.schemas.validation.ValidationResult;
import io.finnexus.streams.ops.FraudMetrics;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The gate of the topology: every raw record of {@code transactions} becomes either a trusted
 * {@code Transaction} forwarded to the scorer (keyed by its account id) or a {@code DeadLetter}
 * forwarded to the DLQ sink with its reason, source offset and untouched raw key and value. No
 * input can throw here: {@link TransactionValidator} never does. A tombstone (a key with a null
 * value, written by an operator erasing a subject from a compacted {@code transactions} topic) is
 * neither: it is skipped. A null value without a key is garbage and dead-lettered.
 *
 * <p>The two children take different value types, so the output types are {@code Object}; each
 * child is addressed by name.
 */
public final class ValidateProcessor implements Processor<byte[], byte[], Object, Object> {

  private final TransactionValidator validator;
  private final FraudMetrics metrics;
  private final Clock clock;
  private final String validChild;
  private final String rejectChild;
  private ProcessorContext<Object, Object> context;

  /** Forwards valid transactions to {@code validChild}, dead letters to {@code rejectChild}. */
  public ValidateProcessor(
      TransactionValidator validator,
      FraudMetrics metrics,
      Clock clock,
      String validChild,
      String rejectChild) {
    this.validator = validator;
    this.metrics = metrics;
    this.clock = clock;
    this.validChild = validChild;
    this.rejectChild = rejectChild;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (record.value() == null && record.key() != null) {
      return; // an erasure's tombstone: nothing to score, nothing wrong
    }
    ValidationResult result = validator.validate(record.value());
    if (result instanceof ValidationResult.Valid valid) {
      context.forward(
          record
              .withKey((Object) valid.transaction().getAccountId())
              .withValue((Object) valid.transaction()),
          validChild);
    } else {
      reject(record, (Rejection) result);
    }
  }

  private void reject(Record<byte[], byte[]> record, Rejection rejection) {
    DeadLetter letter = DeadLetters.of(rejection, source(), record.key(), clock);
    metrics.rejected(letter.getReasonCode());
    context.forward(record.withKey((Object) record.key()).withValue(letter), rejectChild);
  }

  private String source() {
    return context.recordMetadata().map(ValidateProcessor::describe).orElse("transactions@unknown");
  }

  private static String describe(RecordMetadata meta) {
    return DeadLetters.source(meta.topic(), meta.partition(), meta.offset());
  }
}
