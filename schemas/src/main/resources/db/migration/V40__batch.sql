-- Nightly controls (module `batch-jobs`): the scored-transaction archive that reconciliation reads,
-- reconciliation breaks and reports, operator explanations of known breaks, backup verifications.
-- Spring Batch (BATCH_*) and Quartz (QRTZ_*) tables are not here: Boot creates them
-- (spring.batch.jdbc.initialize-schema / spring.quartz.jdbc.initialize-schema), and backups skip them.

-- What monitoring actually saw: one row per transaction the engine scored. Filled by the streaming
-- side (fraud-streams / aml-flink sink, to come); read by the reconciliation job. No unique
-- constraint on transaction_id on purpose: a transaction scored twice is a DUPLICATE break the
-- reconciliation must be able to see.
CREATE TABLE monitored_transaction (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id text        NOT NULL,
    account_id     text        NOT NULL,
    amount_minor   bigint      NOT NULL CHECK (amount_minor >= 0),
    currency       text        NOT NULL,
    direction      text        NOT NULL CHECK (direction IN ('CREDIT', 'DEBIT')),
    event_time     timestamptz NOT NULL,
    reference      text,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE monitored_transaction IS 'Scored-transaction archive: every transaction the engine monitored (amount in ISO 4217 minor units, unsigned; direction carries the sign).';

CREATE INDEX monitored_transaction_event_time_idx ON monitored_transaction (event_time);
CREATE INDEX monitored_transaction_transaction_id_idx ON monitored_transaction (transaction_id);

-- One row per break found by a reconciliation run. run_id = the Spring Batch job instance id, so a
-- restarted run upserts the same rows. break_key = KIND:SIDE:id (ledger entry id for ledger-side
-- and matched-pair breaks, transaction id for monitoring-side ones), #n appended for repeats.
CREATE TABLE reconciliation_break (
    run_id                 bigint      NOT NULL,
    break_key              text        NOT NULL,
    run_date               date        NOT NULL,
    kind                   text        NOT NULL,
    side                   text        NOT NULL,
    reference              text,
    ledger_entry_id        text,
    transaction_id         text,
    account_id             text,
    ledger_amount_minor    bigint,
    monitored_amount_minor bigint,
    currency               text,
    detail                 text        NOT NULL,
    explanation            text,
    alert_id               text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, break_key)
);

CREATE INDEX reconciliation_break_date_idx ON reconciliation_break (run_date, kind);

-- The summary of one reconciliation run (one row per run, upserted).
CREATE TABLE reconciliation_report (
    run_id                     bigint        PRIMARY KEY,
    run_date                   date          NOT NULL,
    ledger_source              text          NOT NULL,
    ledger_entries             bigint        NOT NULL,
    monitored_transactions     bigint        NOT NULL,
    matched_by_reference       bigint        NOT NULL,
    matched_by_fallback        bigint        NOT NULL,
    breaks                     bigint        NOT NULL,
    unexplained_breaks         bigint        NOT NULL,
    breaks_by_kind             jsonb         NOT NULL,
    break_amount_minor_by_kind jsonb         NOT NULL,
    match_rate                 numeric(9, 8) NOT NULL,
    created_at                 timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX reconciliation_report_date_idx ON reconciliation_report (run_date DESC);

-- Known, explained breaks (e.g. a cut-off timing item), recorded by an operator: a break whose
-- key (without the run) is here is reported as explained and raises no alert.
CREATE TABLE reconciliation_explanation (
    break_key    text        PRIMARY KEY,
    reason       text        NOT NULL,
    explained_by text        NOT NULL,
    explained_at timestamptz NOT NULL DEFAULT now()
);

-- One row per backup-verify run: restored into a scratch database, compared with the manifest.
CREATE TABLE backup_verification (
    backup_id     text        NOT NULL,
    run_id        bigint      NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PASSED', 'FAILED')),
    parts_checked integer     NOT NULL,
    parts_failed  integer     NOT NULL,
    rows_restored bigint      NOT NULL,
    detail        text        NOT NULL,
    verified_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (backup_id, run_id)
);

CREATE INDEX backup_verification_verified_idx ON backup_verification (verified_at DESC);
