-- Rejected input from files and the API (the Kafka DLQ topic carries the same fields):
-- why, and the untouched raw bytes so nothing is lost and a fixed record can be replayed.

CREATE TABLE dead_letter (
    dead_letter_id bigserial   PRIMARY KEY,
    reason_code    text        NOT NULL,
    field          text,
    detail         text        NOT NULL,
    raw_key        bytea,
    raw_value      bytea,
    source         text        NOT NULL,
    rejected_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    replayed_at    timestamptz
);

COMMENT ON TABLE dead_letter IS 'Rejected input records (reason_code = io.finnexus.schemas.validation.ReasonCode).';
COMMENT ON COLUMN dead_letter.source IS 'topic-partition@offset, file:line or api:request-id.';

CREATE INDEX dead_letter_reason_rejected_idx ON dead_letter (reason_code, rejected_at DESC);
CREATE INDEX dead_letter_rejected_idx        ON dead_letter (rejected_at DESC);
CREATE INDEX dead_letter_not_replayed_idx    ON dead_letter (rejected_at) WHERE replayed_at IS NULL;
