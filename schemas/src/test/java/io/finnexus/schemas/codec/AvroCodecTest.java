package io.finnexus.schemas.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finnexus.schemas.avro.Transaction;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class AvroCodecTest {

  private final AvroCodec<Transaction> codec = AvroCodec.of(Transaction.class);

  @Test
  void writesTheFormatVersionFirstAndReadsTheRecordBack() {
    byte[] bytes = codec.encode(Samples.transaction());

    assertThat(bytes[0]).isEqualTo((byte) AvroCodec.CURRENT_VERSION);
    assertThat(codec.decode(bytes)).isEqualTo(Samples.transaction());
  }

  @Test
  void keepsTheValueOfAnAmountGivenAtAnotherScale() {
    Transaction tx = Samples.transaction();
    tx.setAmount(new BigDecimal("12.5"));

    assertThat(codec.decode(codec.encode(tx)).getAmount()).isEqualByComparingTo("12.5");

    tx.setAmount(new BigDecimal("1.00001"));
    assertThatThrownBy(() -> codec.encode(tx)).isInstanceOf(CodecException.class);
  }

  @Test
  void refusesAnUnknownFormatVersion() {
    byte[] bytes = codec.encode(Samples.transaction());
    bytes[0] = 9;

    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unknown format version 9");
  }

  @Test
  void refusesTruncatedAndTrailingBytes() {
    byte[] bytes = codec.encode(Samples.transaction());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);

    assertThatThrownBy(() -> codec.decode(truncated)).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> codec.decode(trailing))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("trailing bytes");
    assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(CodecException.class);
  }

  @Test
  void refusesToEncodeARecordMissingARequiredField() {
    Transaction incomplete = Samples.transaction();
    incomplete.setAccountId(null);

    assertThatThrownBy(() -> codec.encode(incomplete)).isInstanceOf(CodecException.class);
  }

  @Test
  void readsRecordsWrittenWithAnOlderSchemaUnderTheirOldVersion() throws Exception {
    Schema oldSchema = schemaWithoutMemo();
    byte[] oldBytes = writeWithVersion(1, oldSchema);
    AvroCodec<Transaction> evolved =
        AvroCodec.of(Transaction.class).withCurrentVersion(2).withPreviousVersion(1, oldSchema);

    Transaction read = evolved.decode(oldBytes);

    assertThat(read.getTransactionId()).isEqualTo("tx-old");
    assertThat(read.getMemo()).isNull();
    assertThat(evolved.encode(read)[0]).isEqualTo((byte) 2);
    assertThat(evolved.decode(evolved.encode(read))).isEqualTo(read);
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          pool.invokeAll(
              Collections.nCopies(
                  8,
                  () -> {
                    for (int i = 0; i < 500; i++) {
                      Transaction tx = Samples.transaction();
                      tx.setTransactionId("tx-" + Thread.currentThread().getId() + "-" + i);
                      if (!codec.decode(codec.encode(tx)).equals(tx)) {
                        return false;
                      }
                    }
                    return true;
                  }));
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The Transaction schema as it was before {@code memo} was added. */
  private static Schema schemaWithoutMemo() {
    Schema current = Transaction.getClassSchema();
    List<Schema.Field> fields =
        current.getFields().stream()
            .filter(field -> !field.name().equals("memo"))
            .map(field -> new Schema.Field(field, field.schema()))
            .toList();
    return Schema.createRecord(
        current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  /** A transaction written by an old producer: the old schema, under {@code version}. */
  private static byte[] writeWithVersion(int version, Schema schema) throws Exception {
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(new Conversions.DecimalConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    GenericRecord old = new GenericData.Record(schema);
    old.put("transaction_id", "tx-old");
    old.put("event_time", Samples.NOW);
    old.put("account_id", "ACC-1");
    old.put("customer_id", "CUS-1");
    old.put(
        "direction", new GenericData.EnumSymbol(schema.getField("direction").schema(), "CREDIT"));
    old.put("counterparty_account_id", "ACC-2");
    old.put("amount", new BigDecimal("10.0000"));
    old.put("currency", "EUR");
    old.put("channel", new GenericData.EnumSymbol(schema.getField("channel").schema(), "WIRE"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(version);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema, model).write(old, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
