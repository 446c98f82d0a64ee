"""Sessions in SQLite: save after every turn, list, resume, delete.

Each row keeps the whole ``Session`` JSON plus copies of the fields that listing and access checks
need (owner, title, language, step, turns, timestamps). Safe to use from many threads and
processes at once (see ``assistant/store/db.py``).
"""

from __future__ import annotations

import builtins
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import InputError, NotFound
from assistant.method.models import Language, Session, Step, now
from assistant.store.db import Database, StoreError, load_migrations
from assistant.store.upgrade import upgrade

LIST_FIX = "list sessions with `ethics-assistant sessions list`"
TITLE_CHARS = 80

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
_SUMMARY_COLUMNS = "id, title, language, step, turns, owner, shared, created_at, updated_at"


class SessionSummary(BaseModel):
    """One line of ``sessions list``: enough to pick a session without loading it."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    language: Language
    step: Step
    turns: int
    owner: str | None
    shared: bool
    created_at: datetime
    updated_at: datetime


class SessionStore:
    """Sessions in the SQLite file ``path`` (created with its folder on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = Database(self.path, load_migrations())

    def save(self, session: Session) -> None:
        """Insert or replace ``session`` in one transaction; sets ``session.updated_at``.

        A session id that already belongs to another owner is refused, never overwritten.
        """
        session.updated_at = now()
        with self._db.writing() as conn:
            cursor = conn.execute(_UPSERT, _row(session))
            if cursor.rowcount == 0:
                raise StoreError(
                    f"Session {session.id} belongs to another user and was not saved",
                    "start a new session; session ids cannot be reused across users",
                )

    def get(self, session_id: str, owner: str | None = None) -> Session:
        """The stored session; ``NotFound`` when missing or (with ``owner``) someone else's."""
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT owner, data FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None or (owner is not None and row[0] != owner):
            raise _not_found(session_id)
        return self._decode(session_id, row[1])

    def list(self, owner: str | None = None, limit: int = 100) -> builtins.list[SessionSummary]:
        """Summaries, most recently updated first; only ``owner``'s when given."""
        if limit < 1:
            raise InputError(f"limit must be at least 1, not {limit}", "pass --limit 1 or more")
        where, params = ("WHERE owner = ?", [owner]) if owner is not None else ("", [])
        query = (
            f"SELECT {_SUMMARY_COLUMNS} FROM sessions {where} "
            "ORDER BY updated_at DESC, created_at DESC, id LIMIT ?"
        )
        with self._db.reading() as conn:
            rows = conn.execute(query, [*params, limit]).fetchall()
        return [_summary(row) for row in rows]

    def summary(self, session_id: str, owner: str | None = None) -> SessionSummary:
        """One session's summary without decoding it (works for a damaged row too)."""
        with self._db.reading() as conn:
            row = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        found = _summary(row) if row is not None else None
        if found is None or (owner is not None and found.owner != owner):
            raise _not_found(session_id)
        return found

    def delete(self, session_id: str, owner: str | None = None) -> None:
        """Remove a session; ``NotFound`` when missing or (with ``owner``) someone else's."""
        with self._db.writing() as conn:
            cursor = conn.execute(
                "DELETE FROM sessions WHERE id = ? AND (? IS NULL OR owner = ?)",
                (session_id, owner, owner),
            )
            if cursor.rowcount == 0:
                raise _not_found(session_id)

    def exists(self, session_id: str) -> bool:
        with self._db.reading() as conn:
            row = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return row is not None

    def migrations(self) -> builtins.list[tuple[int, str]]:
        """``(version, file name)`` of the applied schema migrations."""
        return self._db.applied()

    def _decode(self, session_id: str, text: str) -> Session:
        where = f"Session {session_id} in {self.path}"
        try:
            return Session.model_validate(upgrade(json.loads(text), where))
        except (json.JSONDecodeError, ValidationError, TypeError, AttributeError) as exc:
            raise StoreError(
                f"{where} cannot be read ({_first_line(exc)})",
                f"remove it with `ethics-assistant sessions delete {session_id}`; other "
                "sessions are not affected",
            ) from exc


def _not_found(session_id: str) -> NotFound:
    return NotFound(f"No session with id {session_id!r}", LIST_FIX)


def _stamp(moment: datetime) -> str:
    """UTC with fixed width, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _title(session: Session) -> str:
    title = " ".join((session.title or session.case.technology).split())
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def _row(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "owner": session.owner,
        "title": _title(session),
        "language": session.language,
        "step": session.step.value,
        "turns": sum(1 for turn in session.transcript if turn.role == "user"),
        "shared": int(session.shared),
        "schema_version": session.schema_version,
        "created_at": _stamp(session.created_at),
        "updated_at": _stamp(session.updated_at),
        "data": session.model_dump_json(),
    }


def _summary(row: tuple[Any, ...]) -> SessionSummary:
    keys = [name.strip() for name in _SUMMARY_COLUMNS.split(",")]
    return SessionSummary.model_validate(dict(zip(keys, row, strict=True)))


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
