"""PostgreSQL plumbing for the session store: a connection pool, numbered migrations, clear errors.

The store is used from many threads (Gradio workers), so connections come from a
``psycopg_pool.ConnectionPool`` (checked before each use, so a restarted server is survived); each
``reading``/``writing`` block is one transaction, committed at its end or rolled back on error.

Migrations are the ``NNN_name.sql`` files in ``assistant/store/migrations_pg/`` - the same
numbering as SQLite's ``migrations/`` - applied on first use in one transaction under an advisory
lock, so that processes starting at the same moment apply each exactly once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.store.db import Migration, StoreError, check_not_newer, first_line

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

URL_SETTING = "ASSISTANT_SESSIONS__URL"
POOL_MAX = 10
POOL_TIMEOUT_S = 15.0
CONNECT: dict[str, Any] = {"connect_timeout": 5, "application_name": "ethics-assistant"}
MIGRATION_LOCK = 0x65746869_6373  # pg_advisory_xact_lock key of the migration runner
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "timed out",
    "could not translate host",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "connection is lost",
    "is the server running",
    "couldn't get a connection",
)


@dataclass(frozen=True)
class Endpoint:
    """Where a PostgreSQL URL points, without its password (for messages)."""

    host: str
    port: str
    dbname: str
    user: str

    @property
    def location(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"


def endpoint(url: str) -> Endpoint:
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception as exc:  # psycopg.ProgrammingError: the URL cannot be parsed
        raise StoreError(
            f"{URL_SETTING} is not a valid PostgreSQL URL",
            "write it as postgresql://user:password@host:5432/database",
        ) from exc
    user = str(parts.get("user") or "postgres")
    return Endpoint(
        host=str(parts.get("host") or "localhost"),
        port=str(parts.get("port") or "5432"),
        dbname=str(parts.get("dbname") or user),
        user=user,
    )


def import_drivers() -> None:
    """Fail with the install command when the optional PostgreSQL driver is missing."""
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        raise StoreError(
            f"PostgreSQL support is not installed ({exc.name} is missing) but {URL_SETTING} "
            "points at a PostgreSQL server",
            'install it with `pip install -e ".[postgres]"`, or unset '
            f"{URL_SETTING} to keep sessions in the SQLite file",
        ) from exc


def pg_error(where: Endpoint, exc: BaseException) -> StoreError:
    """Translate a psycopg or pool error into a ``StoreError`` that says what to do."""
    text = str(exc).lower()
    at = f"{where.host}:{where.port}"
    if (
        "password authentication failed" in text
        or "pg_hba.conf" in text
        or ("role" in text and "does not exist" in text)
    ):
        return StoreError(
            f"PostgreSQL at {at} refused the login of user {where.user!r}",
            f"fix the user or password in {URL_SETTING}, or allow the user in pg_hba.conf",
        )
    if "database" in text and "does not exist" in text:
        return StoreError(
            f"The database {where.dbname!r} does not exist on the PostgreSQL server at {at}",
            f"create it with `createdb -h {where.host} -p {where.port} -U {where.user} "
            f"{where.dbname}` or fix {URL_SETTING}",
        )
    if any(marker in text for marker in _UNREACHABLE):
        return StoreError(f"PostgreSQL is not reachable at {at}", f"start it or fix {URL_SETTING}")
    return _sql_error(where, exc)


def _sql_error(where: Endpoint, exc: BaseException) -> StoreError:
    state = getattr(exc, "sqlstate", None) or ""
    detail = first_line(exc)
    if state == "42501":  # insufficient_privilege
        return StoreError(
            f"User {where.user!r} may not create or change the sessions table in "
            f"{where.dbname!r} ({detail})",
            f"make the user the database's owner (`createdb -O {where.user} {where.dbname}`) "
            f"or grant it CREATE on the schema; or use another user in {URL_SETTING}",
        )
    if state == "3F000":  # invalid_schema_name: no schema on the search_path the user may use
        return StoreError(
            f"User {where.user!r} has no schema to keep sessions in, in {where.dbname!r} "
            f"({detail})",
            "grant it USAGE and CREATE on a schema on its search_path, or fix the search_path "
            f"options in {URL_SETTING}",
        )
    if state == "53100":  # disk_full
        return StoreError(
            f"The disk of the PostgreSQL server at {where.host}:{where.port} is full",
            "free disk space on the server, then retry",
        )
    return StoreError(
        f"The session database {where.location} failed ({detail})",
        f"see the PostgreSQL server log; fix {URL_SETTING}, or unset it to use the SQLite file",
    )


class PgDatabase:
    """One PostgreSQL database: migrated on first use, then reached through a pool."""

    def __init__(self, url: str, migrations: list[Migration]) -> None:
        import_drivers()
        self.url = url
        self.endpoint = endpoint(url)
        self.migrations = migrations
        self._pool: ConnectionPool[Any] | None = None
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[psycopg.Connection[Any]]:
        """A pooled connection in a transaction that ends with the block."""
        pool = self._ensure()
        with self._translated(), pool.connection() as conn:
            yield conn

    # PostgreSQL needs no special write mode: every block is one transaction (see module doc).
    writing = reading

    def applied(self) -> list[tuple[int, str]]:
        """``(version, name)`` of every applied migration, in order."""
        with self.reading() as conn:
            rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")
            return [(int(v), str(n)) for v, n in rows]

    def close(self) -> None:
        """Close the pool; the next call opens a new one."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def _ensure(self) -> ConnectionPool[Any]:
        pool = self._pool
        if pool is not None:
            return pool
        with self._lock:
            if self._pool is None:
                self._pool = self._open()
            return self._pool

    def _open(self) -> ConnectionPool[Any]:
        import psycopg
        from psycopg_pool import ConnectionPool

        with self._translated():
            with psycopg.connect(self.url, **CONNECT) as conn:
                migrate(conn, self.migrations, self.endpoint.location)
            pool: ConnectionPool[Any] = ConnectionPool(
                self.url,
                kwargs=dict(CONNECT),
                min_size=1,
                max_size=POOL_MAX,
                timeout=POOL_TIMEOUT_S,
                check=ConnectionPool.check_connection,
                name="ethics-assistant-sessions",
                open=False,
            )
            pool.open()
        return pool

    @contextmanager
    def _translated(self) -> Iterator[None]:
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            yield
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise pg_error(self.endpoint, exc) from exc


def migrate(conn: psycopg.Connection[Any], migrations: list[Migration], where: str) -> None:
    """Apply the migrations the database lacks, in order, all in one transaction.

    PostgreSQL's DDL is transactional: when one migration fails, the database stays as it was.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        check_not_newer(applied, migrations, where, f"{URL_SETTING} at another database")
        for migration in migrations:
            if migration.version not in applied:
                _apply(conn, migration, where)


def _apply(conn: psycopg.Connection[Any], migration: Migration, where: str) -> None:
    import psycopg

    try:
        conn.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
            (migration.version, migration.name),
        )
        conn.execute(migration.sql)
    except psycopg.Error as exc:
        state = exc.sqlstate or ""
        if state == "42501" or state[:2] not in {"22", "23", "42"}:
            raise  # connection, privilege, disk: translated with their own fix
        raise StoreError(
            f"Migration {migration.name} could not be applied to {where} "
            f"({first_line(exc)}); the database was left as it was before",
            "report this as a bug in ethics-assistant; the sessions stored so far are unchanged",
        ) from exc
