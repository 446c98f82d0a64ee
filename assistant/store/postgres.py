"""Sessions in PostgreSQL: the server database for when one machine is not enough.

The same table as the SQLite store (``migrations_pg/001_init.sql``) with PostgreSQL's types: the
session as JSONB, times as TIMESTAMPTZ. All store logic - owner checks, summaries, upgrades of old
session JSON, errors - is shared with SQLite (``assistant/store/base.py``); this module adds the
dialect: parameter style, column values and the upsert.
"""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.domain.session import Session
from assistant.store.base import SqlSessionStore, session_row
from assistant.store.db import load_migrations
from assistant.store.postgres_db import PgDatabase

_UPSERT = """
INSERT INTO sessions (id, owner, title, language, step, turns, shared, schema_version,
                      created_at, updated_at, data)
VALUES (:id, :owner, :title, :language, :step, :turns, :shared, :schema_version,
        :created_at, :updated_at, CAST(:data AS JSONB))
ON CONFLICT (id) DO UPDATE SET
    title = excluded.title, language = excluded.language, step = excluded.step,
    turns = excluded.turns, shared = excluded.shared, schema_version = excluded.schema_version,
    updated_at = excluded.updated_at, data = excluded.data
WHERE sessions.owner IS NOT DISTINCT FROM excluded.owner
"""
_NAMED = re.compile(r"(?<![:\w]):([a-z_]+)")
NUL_REPLACEMENT = "\ufffd"


class _PgBackend(PgDatabase):
    """``PgDatabase`` plus what ``SqlSessionStore`` needs: psycopg's parameters, JSONB text."""

    def sql(self, text: str) -> str:
        return _NAMED.sub(r"%(\1)s", text.replace("%", "%%"))

    def row(self, session: Session) -> dict[str, Any]:
        row = session_row(session)
        # PostgreSQL text and JSONB cannot hold NUL characters; they become U+FFFD.
        row["title"] = row["title"].replace("\x00", NUL_REPLACEMENT)
        if "\\u0000" in row["data"]:
            row["data"] = json.dumps(_without_nul(json.loads(row["data"])), ensure_ascii=False)
        return row


class PostgresSessionStore(SqlSessionStore):
    """Sessions in the PostgreSQL database at ``url`` (its table is created on first use).

    ``url`` is a libpq URL, e.g. ``postgresql://user:password@host:5432/database``. Safe to use
    from many threads (a connection pool) and many processes; call ``close()`` to release the
    pool's connections.
    """

    def __init__(self, url: str) -> None:
        backend = _PgBackend(url, load_migrations(folder="migrations_pg"))
        super().__init__(backend, backend.endpoint.location, _UPSERT)


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", NUL_REPLACEMENT)
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    return value
