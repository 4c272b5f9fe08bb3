package io.finnexus.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.embedded.EmbeddedKafka;
import io.finnexus.retention.crypto.PersonalDataCipher;
import io.finnexus.retention.seal.PayloadSealing;
import io.finnexus.retention.seal.SealedFields;
import io.finnexus.schemas.avro.Alert;
import io.finnexus.schemas.avro.Transaction;
import io.finnexus.schemas.codec.FinNexusSerdes;
import io.finnexus.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app, given the key store, publishes no personal field in clear: the raw bytes of {@code
 * scored-transactions} and {@code alerts} hold none of a subject's account number, counterparty
 * name or account, or memo; the tokens open to the original values through the key store; after the
 * subject is crypto-shredded they no longer open, while another subject's still do.
 */
class SealedPayloadsIT {

  private static final int N = 600;

  @TempDir Path work;

  @Test
  void personalFieldsArePublishedSealedAndDieWithTheSubjectsKey() throws Exception {
    List<Transaction> input = withPersonalData(new TestTransactions(7, 6).next(N));
    Map<String, Transaction> byId =
        input.stream().collect(Collectors.toMap(Transaction::getTransactionId, t -> t));
    Path log = work.resolve("app.log");
    try (var keyStore = new KeyStoreDatabase();
        EmbeddedKafka kafka = EmbeddedKafka.ephemeral().start();
        var client = new KafkaTestClient(kafka.bootstrapServers())) {
      kafka.createTopics(TopicNames.DEFAULT_PARTITIONS, TopicNames.ALL.toArray(String[]::new));
      try (var app =
          ChildApp.start(
              FraudStreamsApp.class.getName(),
              kafka.bootstrapServers(),
              work.resolve("state"),
              log,
              -1,
              keyStore.jvmOptions())) {
        input.forEach(
            t ->
                client.send(
                    TopicNames.TRANSACTIONS,
                    t.getAccountId().getBytes(StandardCharsets.UTF_8),
                    TestTransactions.encode(t)));
        client.flush();
        client.awaitCommitted("fraud-scoring", TopicNames.TRANSACTIONS, N, Duration.ofMinutes(2));
        assertThat(app.stop()).isIn(0, 143);
      }
      assertThat(Files.readString(log)).contains("sealed").doesNotContain("UNSEALED");
      List<ConsumerRecord<byte[], byte[]>> scored =
          client.readAll(TopicNames.SCORED_TRANSACTIONS, true);
      List<ConsumerRecord<byte[], byte[]>> alerts = client.readAll(TopicNames.ALERTS, true);
      assertThat(scored).hasSize(N);
      assertThat(alerts).as("the input raises alerts").isNotEmpty();

      Alert firstAlert = FinNexusSerdes.alertCodec().decode(alerts.get(0).value());
      String subject = firstAlert.getCustomerId();
      Transaction sample = input.stream().filter(t -> of(t, subject)).findFirst().orElseThrow();
      String other =
          input.stream().filter(t -> !of(t, subject)).findFirst().orElseThrow().getCustomerId();
      List<String> secrets =
          List.of(
              sample.getAccountId(),
              sample.getCounterpartyName(),
              "IBAN-" + subject + "-",
              "Memo of " + subject);
      assertThat(new String(TestTransactions.encode(sample), StandardCharsets.ISO_8859_1))
          .as("the input carries them in clear, so their absence below means something")
          .contains(secrets);
      for (ConsumerRecord<byte[], byte[]> r : concat(scored, alerts)) {
        String raw = new String(r.value(), StandardCharsets.ISO_8859_1);
        assertThat(secrets).noneMatch(raw::contains);
      }

      try (PayloadSealing reader = PayloadSealing.connect(keyStore.settings(), "it-reader")) {
        PersonalDataCipher cipher = reader.cipher();
        assertOpen(cipher, scored, byId, subject);
        assertOpen(cipher, scored, byId, other);
        assertThat(cipher.decrypt(subject, SealedFields.ALERT_ACCOUNT, firstAlert.getAccountId()))
            .contains(sample.getAccountId());
        assertThat(cipher.decrypt(subject, SealedFields.ALERT_SUMMARY, firstAlert.getSummary()))
            .hasValueSatisfying(s -> assertThat(s).isNotBlank());

        reader.keys().shred(subject);
      }
      try (PayloadSealing fresh = PayloadSealing.connect(keyStore.settings(), "it-after-shred")) {
        PersonalDataCipher cipher = fresh.cipher();
        Transaction sealed = decodeFirst(scored, subject);
        assertThat(cipher.decrypt(subject, SealedFields.TRANSACTION_MEMO, sealed.getMemo()))
            .as("shredded: no longer opens")
            .isEmpty();
        assertThat(cipher.decrypt(subject, SealedFields.ALERT_SUMMARY, firstAlert.getSummary()))
            .isEmpty();
        assertOpen(cipher, scored, byId, other);
      }
    }
  }

  /** Every scored record of {@code subject} opens to the values that went in. */
  private static void assertOpen(
      PersonalDataCipher cipher,
      List<ConsumerRecord<byte[], byte[]>> scored,
      Map<String, Transaction> input,
      String subject) {
    List<Transaction> mine = decodeAll(scored, subject);
    assertThat(mine).isNotEmpty();
    for (Transaction sealed : mine) {
      Transaction original = input.get(sealed.getTransactionId());
      assertThat(cipher.decrypt(subject, SealedFields.TRANSACTION_ACCOUNT, sealed.getAccountId()))
          .contains(original.getAccountId());
      assertThat(
              cipher.decrypt(
                  subject,
                  SealedFields.TRANSACTION_COUNTERPARTY_ACCOUNT,
                  sealed.getCounterpartyAccountId()))
          .contains(original.getCounterpartyAccountId());
      assertThat(
              cipher.decrypt(
                  subject,
                  SealedFields.TRANSACTION_COUNTERPARTY_NAME,
                  sealed.getCounterpartyName()))
          .contains(original.getCounterpartyName());
      assertThat(cipher.decrypt(subject, SealedFields.TRANSACTION_MEMO, sealed.getMemo()))
          .contains(original.getMemo());
    }
  }

  private static List<Transaction> decodeAll(
      List<ConsumerRecord<byte[], byte[]>> scored, String subject) {
    return scored.stream()
        .map(r -> FinNexusSerdes.scoredTransactionCodec().decode(r.value()).getTransaction())
        .filter(t -> of(t, subject))
        .toList();
  }

  private static Transaction decodeFirst(
      List<ConsumerRecord<byte[], byte[]>> scored, String subject) {
    return decodeAll(scored, subject).get(0);
  }

  private static boolean of(Transaction t, String subject) {
    return t.getCustomerId().equals(subject);
  }

  /** Gives every transaction a counterparty name, an IBAN-like counterparty account and a memo. */
  private static List<Transaction> withPersonalData(List<Transaction> generated) {
    List<Transaction> out = new ArrayList<>(generated.size());
    int i = 0;
    for (Transaction t : generated) {
      String customer = t.getCustomerId();
      t.setCounterpartyName("Counterparty of " + customer);
      t.setCounterpartyAccountId("IBAN-" + customer + "-" + (i % 7));
      t.setMemo("Memo of " + customer + " no " + i++);
      out.add(t);
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
