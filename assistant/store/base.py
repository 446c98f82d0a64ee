"""What every session store shares: the public protocol, the summary, and the SQL-backed logic.

``SqlSessionStore`` implements save, get, list, summary, delete and exists once - the owner
checks, the summary columns, the upgrade of old session JSON and the errors - on top of a
``Backend`` that supplies connections and the dialect's SQL. ``SessionStore`` (SQLite,
``assistant/store/sessions.py``) and ``PostgresSessionStore`` (``assistant/store/postgres.py``)
are such stores; ``open_session_store`` (``assistant/store/factory.py``) picks one from settings.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.domain.session import Language, Session, Step, now
from assistant.errors import InputError, NotFound
from assistant.language.titles import session_title as short_title_of
from assistant.store.db import StoreError, first_line
from assistant.store.upgrade import upgrade

LIST_FIX = "list sessions with `ethics-assistant sessions list`"
TITLE_CHARS = 80
SUMMARY_COLUMNS = "id, title, language, step, turns, owner, shared, created_at, updated_at"


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

    @field_validator("created_at", "updated_at")
    @classmethod
    def _in_utc(cls, moment: datetime) -> datetime:
        return moment.astimezone(UTC) if moment.tzinfo is not None else moment


@runtime_checkable
class SessionStoreProtocol(Protocol):
    """What the services use: the same calls, errors and owner isolation for every engine."""

    @property
    def location(self) -> str:
        """Where the sessions live, for messages (a file path or a URL without password)."""
        ...

    def save(self, session: Session) -> None: ...

    def get(self, session_id: str, owner: str | None = None) -> Session: ...

    def list(self, owner: str | None = None, limit: int = 100) -> builtins.list[SessionSummary]: ...

    def summary(self, session_id: str, owner: str | None = None) -> SessionSummary: ...

    def delete(self, session_id: str, owner: str | None = None) -> None: ...

    def exists(self, session_id: str) -> bool: ...

    def migrations(self) -> builtins.list[tuple[int, str]]: ...

    def close(self) -> None: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> builtins.list[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


class Backend(Protocol):
    """Connections and SQL of one database engine (named parameters, ``:name`` style)."""

    def reading(self) -> AbstractContextManager[Connection]: ...

    def writing(self) -> AbstractContextManager[Connection]: ...

    def applied(self) -> builtins.list[tuple[int, str]]: ...

    def sql(self, text: str) -> str:
        """``text`` with ``:name`` parameters in this engine's parameter style."""
        ...

    def row(self, session: Session) -> dict[str, Any]:
        """``session_row(session)`` in the column types this engine stores."""
        ...

    def close(self) -> None: ...


_GET = "SELECT owner, data FROM sessions WHERE id = :id"
_LIST = (
    f"SELECT {SUMMARY_COLUMNS} FROM sessions {{where}} "
    "ORDER BY updated_at DESC, created_at DESC, id LIMIT :limit"
)
_LIST_ALL, _LIST_OWNER = _LIST.format(where=""), _LIST.format(where="WHERE owner = :owner")
_SUMMARY = f"SELECT {SUMMARY_COLUMNS} FROM sessions WHERE id = :id"
_DELETE = "DELETE FROM sessions WHERE id = :id AND (CAST(:owner AS TEXT) IS NULL OR owner = :owner)"
_EXISTS = "SELECT 1 FROM sessions WHERE id = :id"


class SqlSessionStore:
    """Sessions in one SQL table (see ``migrations/001_init.sql``), engine given by ``backend``."""

    def __init__(self, backend: Backend, location: str, upsert: str) -> None:
        self._backend = backend
        self._location = location
        self._upsert = backend.sql(upsert)

    @property
    def location(self) -> str:
        return self._location

    def save(self, session: Session) -> None:
        """Insert or replace ``session`` in one transaction; sets ``session.updated_at``.

        A session id that already belongs to another owner is refused, never overwritten.
        """
        session.updated_at = now()
        with self._backend.writing() as conn:
            cursor = conn.execute(self._upsert, self._backend.row(session))
            if cursor.rowcount == 0:
                raise StoreError(
                    f"Session {session.id} belongs to another user and was not saved",
                    "start a new session; session ids cannot be reused across users",
                )

    def get(self, session_id: str, owner: str | None = None) -> Session:
        """The stored session; ``NotFound`` when missing or (with ``owner``) someone else's."""
        row = self._one(_GET, {"id": session_id})
        if row is None or not visible(row[0], owner):
            raise not_found(session_id)
        return decode(session_id, row[1], self._location)

    def list(self, owner: str | None = None, limit: int = 100) -> builtins.list[SessionSummary]:
        """Summaries, most recently updated first; only ``owner``'s when given."""
        if limit < 1:
            raise InputError(f"limit must be at least 1, not {limit}", "pass --limit 1 or more")
        sql = _LIST_ALL if owner is None else _LIST_OWNER
        with self._backend.reading() as conn:
            rows = conn.execute(self._backend.sql(sql), {"owner": owner, "limit": limit}).fetchall()
        return [summary_from_row(row) for row in rows]

    def summary(self, session_id: str, owner: str | None = None) -> SessionSummary:
        """One session's summary without decoding it (works for a damaged row too)."""
        row = self._one(_SUMMARY, {"id": session_id})
        found = summary_from_row(row) if row is not None else None
        if found is None or not visible(found.owner, owner):
            raise not_found(session_id)
        return found

    def delete(self, session_id: str, owner: str | None = None) -> None:
        """Remove a session; ``NotFound`` when missing or (with ``owner``) someone else's."""
        with self._backend.writing() as conn:
            cursor = conn.execute(self._backend.sql(_DELETE), {"id": session_id, "owner": owner})
            if cursor.rowcount == 0:
                raise not_found(session_id)

    def exists(self, session_id: str) -> bool:
        return self._one(_EXISTS, {"id": session_id}) is not None

    def migrations(self) -> builtins.list[tuple[int, str]]:
        """``(version, file name)`` of the applied schema migrations."""
        return self._backend.applied()

    def close(self) -> None:
        """Release connections (a later call opens them again)."""
        self._backend.close()

    def _one(self, sql: str, params: Mapping[str, Any]) -> Any:
        with self._backend.reading() as conn:
            return conn.execute(self._backend.sql(sql), params).fetchone()


def visible(row_owner: str | None, owner: str | None) -> bool:
    """Whether a row owned by ``row_owner`` may be seen by ``owner`` (``None``: everyone's)."""
    return owner is None or row_owner == owner


def not_found(session_id: str) -> NotFound:
    return NotFound(f"No session with id {session_id!r}", LIST_FIX)


def session_title(session: Session) -> str:
    """The list's title: the session's own title, else a short title of its technology."""
    title = short_title_of(session)
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def session_row(session: Session) -> dict[str, Any]:
    """The column values of ``session`` (times as aware datetimes, ``data`` as JSON text)."""
    return {
        "id": session.id,
        "owner": session.owner,
        "title": session_title(session),
        "language": session.language,
        "step": session.step.value,
        "turns": sum(1 for turn in session.transcript if turn.role == "user"),
        "shared": session.shared,
        "schema_version": session.schema_version,
        "created_at": session.created_at,
        "updated_at": session.updated_at,
        "data": session.model_dump_json(),
    }


def summary_from_row(row: Any) -> SessionSummary:
    keys = [name.strip() for name in SUMMARY_COLUMNS.split(",")]
    return SessionSummary.model_validate(dict(zip(keys, row, strict=True)))


def decode(session_id: str, data: Any, location: str) -> Session:
    """The ``Session`` in stored ``data`` (JSON text or parsed JSON), upgraded to this version."""
    where = f"Session {session_id} in {location}"
    try:
        parsed = json.loads(data) if isinstance(data, str | bytes) else data
        return Session.model_validate(upgrade(parsed, where))
    except (json.JSONDecodeError, ValidationError, TypeError, AttributeError) as exc:
        raise StoreError(
            f"{where} cannot be read ({first_line(exc)})",
            f"remove it with `ethics-assistant sessions delete {session_id}`; other "
            "sessions are not affected",
        ) from exc
