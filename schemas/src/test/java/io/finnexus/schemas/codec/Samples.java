package io.finnexus.schemas.codec;

import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.AlertKind;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.DeadLetter;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.FeatureEvidence;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.avro.ScoredTransaction;
import io.finnexus.schemas.avro.Transaction;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic record of each type, for round trips and as a base for mutations. */
public final class Samples {

  /** Fixed "now" of test clocks; {@link #transaction()} happened an hour before. */
  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private Samples() {}

  /** A valid card payment with every optional field set. */
  public static Transaction transaction() {
    return Transaction.newBuilder()
        .setTransactionId("tx-0001")
        .setEventTime(Instant.parse("2026-03-01T11:00:00.123Z"))
        .setAccountId("ACC-42")
        .setCustomerId("CUS-7")
        .setDirection(Direction.DEBIT)
        .setCounterpartyAccountId("MERCHANT-9")
        .setCounterpartyCustomerId("CUS-900")
        .setCounterpartyName("Café Zürich AG")
        .setCounterpartyCountry("CH")
        .setAmount(new BigDecimal("125.5000"))
        .setCurrency("CHF")
        .setChannel(Channel.CARD)
        .setCardId("CARD-1")
        .setMerchantId("MERCHANT-9")
        .setMerchantCategory("5812")
        .setDeviceId("DEV-3")
        .setLocationCountry("CH")
        .setMemo("lunch\nwith team")
        .build();
  }

  /** A scored transaction with a shadow score. */
  public static ScoredTransaction scoredTransaction() {
    return ScoredTransaction.newBuilder()
        .setTransaction(transaction())
        .setRiskScore(0.87)
        .setModelScore(0.9)
        .setModelId("fraud-gbt")
        .setModelVersion("3")
        .setRuleHits(List.of("NEW_DEVICE_HIGH_AMOUNT"))
        .setShadowScores(Map.of("fraud-nn:1", 0.5))
        .setAlerted(true)
        .setScoredAt(NOW)
        .build();
  }

  /** An AML alert with evidence. */
  public static Alert alert() {
    return Alert.newBuilder()
        .setAlertId("al-cycle-1")
        .setTypology("CYCLE")
        .setKind(AlertKind.AML)
        .setEngine("aml-flink")
        .setCreatedAt(NOW)
        .setRiskScore(0.95)
        .setAccountId("ACC-42")
        .setCustomerId("CUS-7")
        .setInvolvedAccounts(List.of("ACC-42", "ACC-43", "ACC-44"))
        .setTransactionIds(List.of("tx-1", "tx-2", "tx-3"))
        .setTotalAmount(new BigDecimal("30000.0000"))
        .setCurrency("EUR")
        .setSummary("Funds went round ACC-42 -> ACC-43 -> ACC-44 -> ACC-42 within 2 days.")
        .setRuleHits(List.of("CYCLE_3"))
        .setFeatures(List.of(new FeatureEvidence("cycle_length", 3.0, null, 0.6)))
        .build();
  }

  /** A model promotion. */
  public static ModelEvent modelEvent() {
    return ModelEvent.newBuilder()
        .setEventId("me-1")
        .setModelName("fraud")
        .setModelId("fraud-gbt")
        .setModelVersion("4")
        .setStage(ModelStage.CHAMPION)
        .setArtifactSha256("ab".repeat(32))
        .setArtifact(ByteBuffer.wrap(new byte[] {1, 2, 3}))
        .setOccurredAt(NOW)
        .build();
  }

  /** A dead letter of undecodable bytes. */
  public static DeadLetter deadLetter() {
    return DeadLetter.newBuilder()
        .setReasonCode("UNDECODABLE")
        .setDetail("unknown format version 7")
        .setRawKey(ByteBuffer.wrap(new byte[] {65}))
        .setRawValue(ByteBuffer.wrap(new byte[] {7, 0, 1}))
        .setSource("transactions-2@1234")
        .setRejectedAt(NOW)
        .build();
  }
}
