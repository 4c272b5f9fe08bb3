-- Alerts whose search-index copy is not (yet) up to date: written in the same transaction as the
-- alert change, deleted once the node has indexed that version of the row. While the search node
-- is down the rows pile up here and the API's catch-up drains them when its breaker lets calls
-- through again. `version` grows with every change queued for the same alert, so a catch-up that
-- indexed an older version never deletes the entry of a newer one.
CREATE TABLE alert_index_backlog (
    alert_id   text        PRIMARY KEY REFERENCES alert (alert_id) ON DELETE CASCADE,
    version    bigint      NOT NULL DEFAULT 1,
    queued_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_index_backlog_queued ON alert_index_backlog (queued_at);
