package io.finnexus.streams;

import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.validation.ReasonCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded bad input of every kind the issue names, each with the reason code the app must give it:
 * random bytes, truncated Avro, missing (blank) fields, negative amounts, unknown currencies and
 * future timestamps.
 */
public final class MalformedRecords {

  /** One bad record and the reason it must be rejected with. */
  public record Bad(byte[] bytes, ReasonCode expected) {}

  private final SplittableRandom random;
  private final TestTransactions valid;

  public MalformedRecords(long seed) {
    this.random = new SplittableRandom(seed);
    this.valid = new TestTransactions(seed ^ 0x5DEECE66DL, 50);
  }

  /** The {@code i}-th bad record: the kinds rotate so every kind is present. */
  public Bad next(int i) {
    Transaction t = valid.next();
    return switch (i % 6) {
      case 0 -> new Bad(randomBytes(), ReasonCode.UNDECODABLE);
      case 1 -> {
        byte[] whole = TestTransactions.encode(t);
        yield new Bad(
            Arrays.copyOf(whole, 1 + random.nextInt(whole.length / 2)), ReasonCode.UNDECODABLE);
      }
      case 2 ->
          new Bad(encode(Transaction.newBuilder(t).setAccountId(" ").build()), ReasonCode.BLANK_ID);
      case 3 ->
          new Bad(
              encode(Transaction.newBuilder(t).setAmount(new BigDecimal("-12.5000")).build()),
              ReasonCode.NEGATIVE_AMOUNT);
      case 4 ->
          new Bad(
              encode(Transaction.newBuilder(t).setCurrency("ZZQ").build()),
              ReasonCode.UNKNOWN_CURRENCY);
      default ->
          new Bad(
              encode(
                  Transaction.newBuilder(t)
                      .setEventTime(Instant.parse("2099-01-01T00:00:00Z"))
                      .build()),
              ReasonCode.FUTURE_TIMESTAMP);
    };
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(200)];
    random.nextBytes(bytes);
    bytes[0] = (byte) (bytes[0] == 1 ? 7 : bytes[0]);
    return bytes;
  }

  private static byte[] encode(Transaction t) {
    return TestTransactions.encode(t);
  }
}
