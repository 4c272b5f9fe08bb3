-- API (module `api`): alert dispositions, case workflow columns, keyset-pagination indexes,
-- API keys for machine clients.

-- An officer may close a single alert without a case (e.g. a clear false positive).
ALTER TABLE alert
    ADD COLUMN disposition text,
    ADD COLUMN closed_by   text,
    ADD COLUMN closed_at   timestamptz,
    ADD CONSTRAINT alert_disposition_known
        CHECK (disposition IS NULL OR disposition IN ('false_positive', 'true_positive_no_sar', 'sar_filed'));

-- Keyset pagination: (sort key, alert_id) is unique, so a cursor never skips or repeats a row.
CREATE INDEX alert_created_id_idx ON alert (created_at DESC, alert_id DESC);
CREATE INDEX alert_risk_id_idx    ON alert (risk_score DESC, alert_id DESC);
CREATE INDEX alert_risk_band_idx  ON alert (risk_band, created_at DESC);

ALTER TABLE alert_case
    ADD COLUMN escalated_by    text,
    ADD COLUMN escalated_at    timestamptz,
    ADD COLUMN sar_narrative   text,
    ADD COLUMN sar_prepared_at timestamptz,
    ADD COLUMN approved_at     timestamptz,
    ADD CONSTRAINT alert_case_disposition_known
        CHECK (disposition IS NULL OR disposition IN ('false_positive', 'true_positive_no_sar', 'sar_filed')),
    -- Four eyes: a filed SAR names its preparer and a different approver (V1 checks they differ).
    ADD CONSTRAINT alert_case_sar_needs_two_people
        CHECK (disposition IS DISTINCT FROM 'sar_filed' OR (prepared_by IS NOT NULL AND approved_by IS NOT NULL));

-- API keys for machine clients (schedulers, scrapers). Only the SHA-256 of the key is stored: keys are
-- 256-bit random, so a slow password hash adds nothing but latency on every request.
CREATE TABLE api_key (
    key_id       text        PRIMARY KEY,
    name         text        NOT NULL,
    key_hash     text        NOT NULL UNIQUE,
    roles        text[]      NOT NULL,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_by   text,
    revoked_at   timestamptz
);

COMMENT ON TABLE api_key IS 'Machine-client API keys (header X-API-Key); stored as SHA-256, revocable.';
