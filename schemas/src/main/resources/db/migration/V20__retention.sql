-- Retention & erasure (module `retention`). GDPR Art. 5(1)(e) / 17 against AML record keeping.

-- Per-subject data keys for envelope encryption of personal data. The data key is stored only
-- wrapped by a master key (AES-256-GCM, AAD = subject id); rotating the master key re-wraps the
-- row and bumps master_key_version. Crypto-shredding nulls wrapped_key and sets shredded_at: the
-- row stays as the proof that the subject was erased and so that no new key is minted for it.
CREATE TABLE subject_key (
    subject_id          TEXT        PRIMARY KEY,
    wrapped_key         BYTEA,
    master_key_version  INTEGER,
    data_key_version    INTEGER     NOT NULL DEFAULT 1,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    shredded_at         TIMESTAMPTZ,
    CONSTRAINT subject_key_live_or_shredded CHECK (
        (shredded_at IS NULL AND wrapped_key IS NOT NULL AND master_key_version IS NOT NULL)
        OR (shredded_at IS NOT NULL AND wrapped_key IS NULL))
);
CREATE INDEX subject_key_by_master_version ON subject_key (master_key_version)
    WHERE shredded_at IS NULL;

-- Legal holds block purging and erasure. scope: CASE, CUSTOMER or SAR; scope_ref: that id.
CREATE TABLE legal_hold (
    id           UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    scope        TEXT        NOT NULL CHECK (scope IN ('CASE', 'CUSTOMER', 'SAR')),
    scope_ref    TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    placed_by    TEXT        NOT NULL,
    placed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    released_by  TEXT,
    released_at  TIMESTAMPTZ
);
CREATE INDEX legal_hold_active ON legal_hold (scope, scope_ref) WHERE released_at IS NULL;

-- Data-subject erasure requests (GDPR Art. 17, CCPA 1798.105) and their lifecycle.
CREATE TABLE erasure_request (
    id              UUID        PRIMARY KEY,
    subject_id      TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN
                        ('RECEIVED', 'VERIFIED', 'REJECTED', 'DEFERRED', 'EXECUTED', 'CONFIRMED')),
    channel         TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    verified_at     TIMESTAMPTZ,
    verified_by     TEXT,
    decided_at      TIMESTAMPTZ,
    deferred_until  DATE,
    reason          TEXT,
    outcome         TEXT,
    confirmed_at    TIMESTAMPTZ
);
CREATE INDEX erasure_request_by_subject ON erasure_request (subject_id);
CREATE INDEX erasure_request_by_state ON erasure_request (state);

-- One row per purge run: the restart point (fixed cutoff, counts so far) and its audit record.
-- A dry run only fills eligible (what would go) and held_back (expired but under a legal hold).
CREATE TABLE purge_run (
    id            UUID        PRIMARY KEY,
    category      TEXT        NOT NULL,
    target_table  TEXT        NOT NULL,
    cutoff        TIMESTAMPTZ NOT NULL,
    dry_run       BOOLEAN     NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('RUNNING', 'FAILED', 'COMPLETED')),
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    chunks        BIGINT      NOT NULL DEFAULT 0,
    deleted       BIGINT      NOT NULL DEFAULT 0,
    eligible      BIGINT,
    held_back     BIGINT,
    last_error    TEXT
);
CREATE INDEX purge_run_open ON purge_run (category, target_table) WHERE status <> 'COMPLETED';

-- Append-only audit of retention actions: counts and ids, never personal data.
CREATE TABLE retention_audit (
    id        BIGSERIAL   PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    action    TEXT        NOT NULL,
    ref       TEXT        NOT NULL,
    details   TEXT        NOT NULL
);
