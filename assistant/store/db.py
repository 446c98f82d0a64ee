"""SQLite plumbing for the stores: connections, numbered migrations, errors that carry their fix.

Every call opens its own connection (cheap for SQLite) so that Gradio worker threads never share
one; WAL mode lets readers work while one writer commits, and ``busy_timeout`` makes concurrent
writers wait instead of failing. Writes run in ``BEGIN IMMEDIATE`` transactions with
``synchronous=FULL``: a commit is on disk before ``save`` returns, and a process killed mid-write
leaves the previous commit intact.

One more connection stays open, idle, while the database is in use (``close()`` ends it). Without
it every call's connection was the last one to close, and SQLite then checkpoints the WAL into the
database file (one more fsync) and deletes the WAL and its index, which the next call creates
again: a turn's three store calls paid that three times. With it, SQLite checkpoints when the WAL
has grown to its usual 1000 pages; every commit is still fsync'd to the WAL.

Migrations are ``NNN_name.sql`` files in ``assistant/store/migrations/``, applied in order, each in
one transaction together with its row in ``schema_migrations`` (so each runs exactly once, also
when two processes open a fresh database at the same moment).
"""

from __future__ import annotations

import importlib.resources
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.errors import AssistantError

MIGRATION_FILE = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
BUSY_TIMEOUT_S = 15.0
PREPARE_TRIES = 5
PREPARE_PAUSE_S = 0.2


class StoreError(AssistantError):
    """The session database cannot be opened, read or written."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(
    package: str = "assistant.store", folder: str = "migrations"
) -> list[Migration]:
    """The numbered migrations shipped in ``package/folder``, in order (001, 002, ...)."""
    found: list[Migration] = []
    for entry in importlib.resources.files(package).joinpath(folder).iterdir():
        match = MIGRATION_FILE.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise StoreError(
            f"Session database migrations are not numbered 001, 002, ...: "
            f"{[m.name for m in found]}",
            "reinstall ethics-assistant (`pip install --force-reinstall ethics-assistant`)",
        )
    return found


def store_error(path: Path, exc: BaseException) -> StoreError:
    """Translate a sqlite3/OS error on ``path`` into a ``StoreError`` with its fix."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The session database {path} stayed locked by another process",
            "close other ethics-assistant processes that use it, then try again",
        )
    if "disk is full" in text or "no space" in text:
        return StoreError(
            f"The disk holding the session database {path} is full", "free disk space, then retry"
        )
    if isinstance(exc, OSError) or "unable to open" in text or "readonly" in text:
        return StoreError(
            f"The session database {path} cannot be opened or written ({exc})",
            f"make sure {path.parent} is a writable folder, or point ASSISTANT_DATA_DIR or "
            "ASSISTANT_SESSIONS__DATABASE at a writable place",
        )
    return StoreError(
        f"The session database {path} is damaged or is not a SQLite file ({exc})",
        f"move it aside (`mv '{path}' '{path}.broken'`) and run again - a new, empty database "
        "is created; or point ASSISTANT_SESSIONS__DATABASE at another file",
    )


def first_line(exc: BaseException) -> str:
    """The first line of ``exc``'s message (or its type), for one-line error messages."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Raise database and file errors inside the block as ``StoreError``."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise store_error(path, exc) from exc


class Database:
    """One SQLite file: created with its parent folder and migrated on first use."""

    def __init__(self, path: Path, migrations: list[Migration]) -> None:
        self.path = Path(path)
        self.migrations = migrations
        self._ready = False
        self._init_lock = threading.Lock()
        self._keeper: sqlite3.Connection | None = None

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection for reads (each statement sees a committed state)."""
        self._ensure()
        with translated(self.path), closing(self._open()) as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection inside ``BEGIN IMMEDIATE``: committed on success, else rolled back."""
        self._ensure()
        with translated(self.path), closing(self._open()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def applied(self) -> list[tuple[int, str]]:
        """``(version, name)`` of every applied migration, in order."""
        with self.reading() as conn:
            rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")
            return [(int(v), str(n)) for v, n in rows]

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    def _ensure(self) -> None:
        if self._ready:
            return
        with self._init_lock:
            if self._ready:
                return
            with translated(self.path):
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._prepare()
                self._keeper = self._keep_open()
            self._ready = True

    def _prepare(self) -> None:
        """WAL mode and the migrations. Several processes opening a fresh file at once can get
        "database is locked" at once (SQLite does not wait where waiting could deadlock, as when
        two switch to WAL together): tried again after a short pause."""
        for attempt in range(PREPARE_TRIES):
            try:
                with closing(self._open()) as conn:
                    conn.execute("PRAGMA journal_mode = WAL").fetchone()
                    migrate(conn, self.migrations, self.path)
                return
            except (sqlite3.OperationalError, StoreError) as exc:
                if "locked" not in str(exc) or attempt == PREPARE_TRIES - 1:
                    raise
                time.sleep(PREPARE_PAUSE_S * (attempt + 1))

    def _keep_open(self) -> sqlite3.Connection:
        """The idle connection that keeps the WAL open between calls (see the module doc). One
        read opens the WAL index; it runs no statement after that, so any thread may close it."""
        keeper = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        keeper.execute("SELECT 1 FROM schema_migrations LIMIT 1").fetchall()
        return keeper

    def close(self) -> None:
        """Close the idle connection (the last one out checkpoints the WAL); a later call opens
        it again."""
        with self._init_lock:
            keeper, self._keeper = self._keeper, None
            self._ready = False
        if keeper is not None:
            keeper.close()


def migrate(conn: sqlite3.Connection, migrations: list[Migration], path: Path) -> None:
    """Apply the migrations ``conn``'s database lacks, each once, in order."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    check_not_newer(applied, migrations, str(path), "ASSISTANT_SESSIONS__DATABASE at another file")
    for migration in migrations:
        if migration.version not in applied:
            _apply(conn, migration, path)


def check_not_newer(applied: set[int], migrations: list[Migration], where: str, other: str) -> None:
    """Refuse a database that has migrations this version does not know (``other``: the way out)."""
    newest = migrations[-1].version if migrations else 0
    if applied and max(applied) > newest:
        raise StoreError(
            f"The session database {where} was written by a newer ethics-assistant "
            f"(migration {max(applied):03d}; this version knows up to {newest:03d})",
            f"upgrade ethics-assistant (`pip install -U ethics-assistant`) or point {other}",
        )


def _apply(conn: sqlite3.Connection, migration: Migration, path: Path) -> None:
    # executescript() commits any open transaction first, so the transaction lives in the script.
    # The bookkeeping row goes first: a second process racing on a fresh file fails on it.
    stamp = datetime.now(UTC).isoformat()
    script = (
        "BEGIN IMMEDIATE;\n"
        "INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{stamp}');\n"
        f"{migration.sql}\n;\nCOMMIT;"
    )
    try:
        conn.executescript(script)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        done = conn.execute(
            "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
        ).fetchone()
        if done is not None:  # another process applied it first
            return
        error = store_error(path, exc)
        if "locked" not in error.message:
            error = StoreError(
                f"Migration {migration.name} could not be applied to {path} ({exc}); the "
                "database was left as it was before",
                error.fix,
            )
        raise error from exc
