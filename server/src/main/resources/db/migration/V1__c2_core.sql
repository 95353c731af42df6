-- steeldome C2 server: users, sessions, recommendations and operator decisions, alerts, track history, audit log.

CREATE TABLE users (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    agency        VARCHAR(64)  NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('VIEWER', 'OPERATOR', 'COMMANDER', 'ADMIN')),
    password_hash VARCHAR(256) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE
);

-- Only the SHA-256 of a session token is stored: a copy of this table does not let anyone log in.
CREATE TABLE sessions (
    token_sha256 CHAR(64) PRIMARY KEY,
    csrf_sha256  CHAR(64) NOT NULL,
    user_id      BIGINT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE recommendations (
    id             VARCHAR(64) PRIMARY KEY,
    posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    made_at_nanos  BIGINT NOT NULL,
    expires_nanos  BIGINT NOT NULL,
    layer          VARCHAR(64) NOT NULL,
    track_id       BIGINT NOT NULL,
    round_no       INT NOT NULL,
    status         VARCHAR(16) NOT NULL
        CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'SUPERSEDED')),
    snapshot       CLOB NOT NULL
);
CREATE INDEX recommendations_status ON recommendations (status);

-- One decision per recommendation, with the exact recommendation the operator was shown.
CREATE TABLE decisions (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    recommendation_id  VARCHAR(64) NOT NULL UNIQUE REFERENCES recommendations (id),
    verdict            VARCHAR(16) NOT NULL CHECK (verdict IN ('APPROVED', 'REJECTED')),
    operator_id        BIGINT NOT NULL REFERENCES users (id),
    operator_name      VARCHAR(64) NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at_nanos   BIGINT NOT NULL,
    weapons_control    VARCHAR(8) NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    snapshot           CLOB NOT NULL
);

CREATE TABLE weapons_control (
    layer      VARCHAR(64) PRIMARY KEY,
    status     VARCHAR(8) NOT NULL CHECK (status IN ('HOLD', 'TIGHT', 'FREE')),
    set_by     VARCHAR(64) NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE alerts (
    id          VARCHAR(64) PRIMARY KEY,
    agency      VARCHAR(64) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    snapshot    CLOB NOT NULL
);

CREATE TABLE track_history (
    seq         BIGINT AUTO_INCREMENT PRIMARY KEY,
    track_id    VARCHAR(64) NOT NULL,
    agency      VARCHAR(64) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    snapshot    CLOB NOT NULL
);
CREATE INDEX track_history_track ON track_history (track_id, seq);

-- Append-only and hash-chained: hash = SHA-256(prev_hash + canonical entry). Only AuditLog.append inserts.
CREATE TABLE audit_log (
    seq       BIGINT PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64) NOT NULL,
    action    VARCHAR(64) NOT NULL,
    subject   VARCHAR(256) NOT NULL,
    details   CLOB NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash      CHAR(64) NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'io.steeldome.server.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'io.steeldome.server.audit.AppendOnlyTrigger';

-- A recorded decision is never changed or removed either.
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions FOR EACH ROW
    CALL 'io.steeldome.server.audit.AppendOnlyTrigger';
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions FOR EACH ROW
    CALL 'io.steeldome.server.audit.AppendOnlyTrigger';
