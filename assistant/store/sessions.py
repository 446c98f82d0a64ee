"""Sessions in SQLite: save after every turn, list, resume, delete.

Each row keeps the whole ``Session`` JSON plus copies of the fields that listing and access checks
need (owner, title, language, step, turns, timestamps). Safe to use from many threads and
processes at once (see ``assistant/store/db.py``). The store logic itself is shared with the
PostgreSQL store (``assistant/store/base.py``); this module adds SQLite's column types.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.domain.session import Session
from assistant.store.base import (
    LIST_FIX,
    TITLE_CHARS,
    SessionSummary,
    SqlSessionStore,
    session_row,
)
from assistant.store.db import Database, load_migrations

__all__ = ["LIST_FIX", "TITLE_CHARS", "SessionStore", "SessionSummary"]

_UPSERT = """
INSERT INTO sessions (id, owner, title, language, step, turns, shared, schema_version,
                      created_at, updated_at, data)
VALUES (:id, :owner, :title, :language, :step, :turns, :shared, :schema_version,
        :created_at, :updated_at, :data)
ON CONFLICT (id) DO UPDATE SET
    title = excluded.title, language = excluded.language, step = excluded.step,
    turns = excluded.turns, shared = excluded.shared, schema_version = excluded.schema_version,
    updated_at = excluded.updated_at, data = excluded.data
WHERE sessions.owner IS excluded.owner
"""


class _SqliteBackend(Database):
    """``Database`` plus what ``SqlSessionStore`` needs: SQLite's parameters and column types."""

    def sql(self, text: str) -> str:
        return text  # sqlite3 takes ``:name`` parameters as they are

    def row(self, session: Session) -> dict[str, Any]:
        row = session_row(session)
        row["shared"] = int(session.shared)
        row["created_at"] = _stamp(session.created_at)
        row["updated_at"] = _stamp(session.updated_at)
        return row


class SessionStore(SqlSessionStore):
    """Sessions in the SQLite file ``path`` (created with its folder on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(_SqliteBackend(self.path, load_migrations()), str(self.path), _UPSERT)


def _stamp(moment: datetime) -> str:
    """UTC with fixed width, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
