-- Each live track's latest recorded state beside the history, kept by the history writer in the same transaction, so
-- that a restart reads one row per track instead of replaying the whole (ever-growing) track_history.
CREATE TABLE track_latest (
    track_id VARCHAR(64) PRIMARY KEY,
    snapshot CHARACTER VARYING(1000000) NOT NULL
);
INSERT INTO track_latest (track_id, snapshot)
    SELECT h.track_id, h.snapshot FROM track_history h
    WHERE h.seq = (SELECT MAX(x.seq) FROM track_history x WHERE x.track_id = h.track_id) AND NOT h.deleted;
