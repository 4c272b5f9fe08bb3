-- The API's transaction archiver (api module, io.finnexus.api.archive) fills monitored_transaction
-- from the scored-transactions topic. It must write a Kafka record once even when the record is
-- delivered again after a crash, yet keep a transaction that was genuinely scored twice (two
-- records) as two rows, because reconciliation reports that as a DUPLICATE break (see V40). So the
-- idempotency key is the record's position in Kafka, not the transaction id alone.

ALTER TABLE monitored_transaction ADD COLUMN source text;

COMMENT ON COLUMN monitored_transaction.source IS 'topic-partition@offset of the Kafka record archived (same format as dead_letter.source); NULL for rows loaded otherwise.';

-- With the transaction id in the key, a re-created topic whose offsets start again at 0 cannot make
-- a new record look like one already archived. NULL sources never conflict.
CREATE UNIQUE INDEX monitored_transaction_source_key ON monitored_transaction (transaction_id, source);

-- Lets the archiver dead-letter a bad record once per Kafka position (and operators find one).
CREATE INDEX dead_letter_source_idx ON dead_letter (source);
