package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedMongo;
import io.finnexus.models.artifact.ArtifactCodec;
import io.finnexus.models.registry.ModelRegistry;
import io.finnexus.models.registry.PromotionGate;
import io.finnexus.schemas.avro.Channel;
import io.finnexus.schemas.avro.Direction;
import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.scoring.fraud.AccountProfile;
import io.finnexus.scoring.fraud.FraudScorer;
import io.finnexus.scoring.fraud.FraudThresholds;
import io.finnexus.streams.model.ArtifactSource;
import io.finnexus.streams.model.CoreModelSwap;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MongoDB (the model registry) goes down while the app serves a champion from it: a promotion that
 * needs an artifact from the registry is refused within the guard's time limit, then at once once
 * the breaker is open, and every transaction is still scored by the last good champion.
 */
class ModelRegistryOutageIT {

  @Test
  void scoringKeepsTheLastGoodModelWhileTheRegistryIsDown() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    FraudScorer scorer = new FraudScorer(FraudThresholds.defaults());
    CoreModelSwap swap;
    try (EmbeddedMongo mongo = EmbeddedMongo.ephemeral().start();
        var client = com.mongodb.client.MongoClients.create(mongo.connectionString())) {
      var registry =
          new ModelRegistry(
              client.getDatabase("finnexus"), PromotionGate.defaults(), e -> {}, Clock.systemUTC());
      registry.register(ArtifactCodec.fromBytes(TestModels.constant("fraud-good", "1", 0.2)));
      registry.register(ArtifactCodec.fromBytes(TestModels.constant("fraud-next", "2", 0.9)));
      ArtifactSource source =
          ArtifactSource.withRegistry(
              Optional.empty(), mongo.connectionString(), "finnexus", meters);
      swap = new CoreModelSwap(scorer, source, null);
      assertThat(swap.lineupChanged(Optional.of(champion("fraud-good", "1")), List.of())).isTrue();
      assertThat(scorer.score(tx(0), new AccountProfile()).modelId()).isEqualTo("fraud-good");
    } // the registry is gone from here on

    for (int attempt = 0; attempt < 3; attempt++) {
      long started = System.nanoTime();
      assertThat(swap.lineupChanged(Optional.of(champion("fraud-next", "2")), List.of()))
          .as("a lineup whose artifact cannot be fetched is refused")
          .isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(Duration.ofSeconds(8)); // the guard's 5 s time limit, not the driver's 30 s
      assertThat(scorer.score(tx(attempt + 1), new AccountProfile()).modelId())
          .isEqualTo("fraud-good");
    }
    assertThat(
            meters
                .get("resilience4j.circuitbreaker.state")
                .tags("name", "model-registry", "state", "open")
                .gauge()
                .value())
        .isEqualTo(1.0);
    long started = System.nanoTime();
    assertThat(swap.lineupChanged(Optional.of(champion("fraud-next", "2")), List.of())).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    assertThat(scorer.score(tx(9), new AccountProfile()).modelId()).isEqualTo("fraud-good");
  }

  private static ModelEvent champion(String id, String version) {
    return ModelEvent.newBuilder()
        .setEventId(id + "-champion")
        .setModelName("fraud")
        .setModelId(id)
        .setModelVersion(version)
        .setStage(ModelStage.CHAMPION)
        .setArtifactSha256(null)
        .setArtifact(null)
        .setOccurredAt(Instant.now())
        .build();
  }

  private static Transaction tx(int i) {
    return Transaction.newBuilder()
        .setTransactionId("outage-" + i)
        .setEventTime(Instant.parse("2026-03-01T09:00:00Z").plusSeconds(i))
        .setAccountId("acct-1")
        .setCustomerId("cust-1")
        .setDirection(Direction.DEBIT)
        .setCounterpartyAccountId("merchant-1")
        .setAmount(new BigDecimal("12.5000"))
        .setCurrency("EUR")
        .setChannel(Channel.WIRE)
        .build();
  }
}
