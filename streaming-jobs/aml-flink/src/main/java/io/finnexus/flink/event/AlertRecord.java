package io.finnexus.flink.event;

/**
 * An alert on its way to the {@code alerts} topic: the deterministic id (Kafka key and upsert key
 * of the alert store), the account and typology for routing and tests, and the Avro {@code Alert}
 * bytes. A public-field POJO (no Kryo); the Avro record itself never travels between operators.
 */
public class AlertRecord {
  public String alertId;
  public String typology;
  public String accountId;

  /** Event time of the triggering movement, epoch millis. */
  public long time;

  /** The Avro {@code Alert} in the schemas module's wire format. */
  public byte[] avro;

  /** The W3C {@code traceparent} the alert record is sent with, null if none (README "Tracing"). */
  public String traceparent;

  public AlertRecord() {}

  public AlertRecord(String alertId, String typology, String accountId, long time, byte[] avro) {
    this.alertId = alertId;
    this.typology = typology;
    this.accountId = accountId;
    this.time = time;
    this.avro = avro;
  }

  @Override
  public String toString() {
    return typology + " " + alertId + " @" + accountId;
  }
}
