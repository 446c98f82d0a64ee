"""One session store engine for the behaviour tests: open stores, run raw SQL on its database.

The same tests run against SQLite and PostgreSQL (``session_backend`` fixture in conftest.py).
Raw SQL is written with ``?`` parameters and works on both engines.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from session_factory import execute_db, query_db

from assistant.store.base import SessionStoreProtocol
from assistant.store.postgres import PostgresSessionStore
from assistant.store.sessions import SessionStore

Rows = list[tuple[object, ...]]


class StoreBackend(ABC):
    """A database of one engine; every store opened on it is closed by ``close()``."""

    name = ""

    def __init__(self) -> None:
        self._opened: list[SessionStoreProtocol] = []

    def open(self) -> SessionStoreProtocol:
        store = self._new_store()
        self._opened.append(store)
        return store

    def close(self) -> None:
        for store in self._opened:
            store.close()

    @abstractmethod
    def query(self, sql: str, params: tuple[object, ...] = ()) -> Rows: ...

    @abstractmethod
    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None: ...

    @abstractmethod
    def _new_store(self) -> SessionStoreProtocol: ...


class SqliteBackend(StoreBackend):
    name = "sqlite"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def query(self, sql: str, params: tuple[object, ...] = ()) -> Rows:
        return query_db(self.path, sql, params)

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None:
        execute_db(self.path, sql, params)

    def _new_store(self) -> SessionStoreProtocol:
        return SessionStore(self.path)


class PostgresBackend(StoreBackend):
    name = "postgres"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def query(self, sql: str, params: tuple[object, ...] = ()) -> Rows:
        import psycopg

        with psycopg.connect(self.url) as conn:
            return [tuple(row) for row in conn.execute(sql.replace("?", "%s").encode(), params)]

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None:
        import psycopg

        with psycopg.connect(self.url) as conn:
            conn.execute(sql.replace("?", "%s").encode(), params)

    def _new_store(self) -> SessionStoreProtocol:
        return PostgresSessionStore(self.url)
