-- 001 (PostgreSQL): the same table as migrations/001_init.sql in PostgreSQL's own types.
-- `data` holds the full Session JSON (its own schema_version) as JSONB; the other columns are
-- copies of fields that listing and access checks need without parsing it.
CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    owner          TEXT,
    title          TEXT        NOT NULL DEFAULT '',
    language       TEXT        NOT NULL,
    step           TEXT        NOT NULL,
    turns          INTEGER     NOT NULL DEFAULT 0,
    shared         BOOLEAN     NOT NULL DEFAULT FALSE,
    schema_version INTEGER     NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    data           JSONB       NOT NULL
);

CREATE INDEX sessions_by_updated ON sessions (updated_at DESC);
CREATE INDEX sessions_by_owner ON sessions (owner, updated_at DESC);
