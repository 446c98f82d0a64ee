"""The PostgreSQL session store on a real server: what SQLite's tests cannot show.

The shared behaviour (round trips, owners, order, threads, damaged rows, upgrades) runs on both
engines in test_session_store.py and test_session_migrations.py; this file covers the server:
choosing the engine from settings, unreachable servers and refused logins, migrations under
concurrency, the pool, PostgreSQL's column types.
"""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_cluster import MissingPostgres, PgCluster, postgres_bin_dir
from session_backends import PostgresBackend
from session_factory import rich_session

from assistant.domain.session import Session, Step, Turn
from assistant.errors import ConfigError
from assistant.services.container import Services
from assistant.settings import load_settings
from assistant.store.db import Migration, StoreError, load_migrations
from assistant.store.factory import open_session_store
from assistant.store.postgres import PostgresSessionStore
from assistant.store.postgres_db import PgDatabase
from assistant.store.sessions import SessionStore

SHIPPED = load_migrations(folder="migrations_pg")


@pytest.fixture
def pg(postgres_url: str) -> Iterator[PostgresBackend]:
    backend = PostgresBackend(postgres_url)
    yield backend
    backend.close()


# --- choosing the engine -------------------------------------------------------------------------


def test_settings_pick_the_engine(tmp_path: Path, clean_env: pytest.MonkeyPatch) -> None:
    local = open_session_store(load_settings(data_dir=tmp_path, sessions__url=""))
    assert isinstance(local, SessionStore)
    assert local.path == tmp_path / "sessions.sqlite3"
    clean_env.setenv("ASSISTANT_SESSIONS__URL", "postgresql://ann:geheim@db.example:6543/ea")
    services = Services(load_settings(data_dir=tmp_path))
    server = services.sessions
    assert isinstance(server, PostgresSessionStore)
    assert server.location == "postgresql://ann@db.example:6543/ea"
    assert not (tmp_path / "sessions.sqlite3").exists()
    with pytest.raises(ConfigError, match="'mysql'") as caught:
        open_session_store(load_settings(sessions__url="mysql://ann:geheim@db/ea"))
    assert "geheim" not in str(caught.value) and "postgresql://" in caught.value.fix


def test_an_unreachable_server_gives_the_fix(closed_port_url: str) -> None:
    port = closed_port_url.rsplit(":", 1)[1]
    store = PostgresSessionStore(f"postgresql://ann:geheim@127.0.0.1:{port}/ea")
    for attempt in (store.list, lambda: store.save(Session())):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert caught.value.message == f"PostgreSQL is not reachable at 127.0.0.1:{port}"
        assert caught.value.fix == "start it or fix ASSISTANT_SESSIONS__URL"
        assert "geheim" not in str(caught.value)


def test_missing_database_and_unknown_user_are_explained(
    postgres_cluster: PgCluster, postgres_url: str
) -> None:
    with pytest.raises(StoreError, match="'nowhere' does not exist") as caught:
        PostgresSessionStore(postgres_cluster.url("nowhere")).list()
    assert (
        f"createdb -h 127.0.0.1 -p {postgres_cluster.port} -U postgres nowhere" in caught.value.fix
    )
    stranger = postgres_url.replace("postgres@", "stranger@")
    with pytest.raises(StoreError, match="refused the login of user 'stranger'") as caught:
        PostgresSessionStore(stranger).list()
    assert "ASSISTANT_SESSIONS__URL" in caught.value.fix


def test_a_user_without_rights_is_told_how_to_get_them(postgres_url: str) -> None:
    role = f"visitor_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN".encode())
    visitor = postgres_url.replace("postgres@", f"{role}@")
    with pytest.raises(StoreError, match="no schema to keep sessions in") as caught:
        PostgresSessionStore(visitor).save(Session())
    assert "USAGE and CREATE" in caught.value.fix
    schema = postgres_url.rsplit("%3D", 1)[1]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}".encode())
    with pytest.raises(StoreError, match="may not create") as caught:
        PostgresSessionStore(visitor).save(Session())
    assert "createdb -O" in caught.value.fix


def test_a_missing_driver_names_the_install_command(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg_pool", None)
    with pytest.raises(StoreError, match="psycopg_pool is missing") as caught:
        PostgresSessionStore(postgres_url)
    assert 'pip install -e ".[postgres]"' in caught.value.fix


def test_missing_server_programs_fail_with_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingPostgres, match=r"apt-get install postgresql"):
        postgres_bin_dir([str(tmp_path / "lib" / "*" / "bin")])


# --- migrations ----------------------------------------------------------------------------------


def test_stores_opening_a_fresh_database_at_once_migrate_it_once(pg: PostgresBackend) -> None:
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            store = pg.open()
            barrier.wait()
            store.save(Session(id=f"s{n}"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    shipped = [(m.version, m.name) for m in SHIPPED]
    assert shipped[0] == (1, "001_init.sql")
    assert pg.query("SELECT version, name FROM schema_migrations") == shipped
    assert pg.open().migrations() == shipped
    assert {s.id for s in pg.open().list()} == {f"s{n}" for n in range(6)}


def test_a_later_migration_is_applied_in_order(pg: PostgresBackend) -> None:
    assert pg.open().migrations() == [(m.version, m.name) for m in SHIPPED]
    extra = Migration(len(SHIPPED) + 1, "999_note.sql", "ALTER TABLE sessions ADD note TEXT;")
    database = PgDatabase(pg.url, [*SHIPPED, extra])
    try:
        assert database.applied()[-1] == (extra.version, "999_note.sql")
    finally:
        database.close()  # a pool left to the garbage collector may be collected in its own thread
    columns = pg.query(
        "SELECT column_name FROM information_schema.columns "
        "WHERE column_name = ? AND table_schema = current_schema()",
        ("note",),
    )
    assert columns == [("note",)]


def test_a_failing_migration_leaves_the_database_as_it_was(pg: PostgresBackend) -> None:
    broken = Migration(
        len(SHIPPED) + 1,
        "999_broken.sql",
        "CREATE TABLE half (a INT);\nINSERT INTO nowhere VALUES (1);",
    )
    with pytest.raises(StoreError, match=r"999_broken\.sql") as caught:
        PgDatabase(pg.url, [*SHIPPED, broken]).applied()
    assert caught.value.fix
    tables = (
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    assert pg.query(tables) == []  # on a fresh database even 001 was rolled back with it
    pg.open().save(Session(id="kept"))
    with pytest.raises(StoreError, match=r"999_broken\.sql"):
        PgDatabase(pg.url, [*SHIPPED, broken]).applied()
    assert sorted(pg.query(tables)) == [("schema_migrations",), ("sessions",)]
    assert pg.query("SELECT COUNT(*) FROM schema_migrations") == [(len(SHIPPED),)]
    assert pg.open().get("kept").id == "kept"


# --- PostgreSQL's own ----------------------------------------------------------------------------


def test_sessions_are_jsonb_with_timestamptz(pg: PostgresBackend) -> None:
    store = pg.open()
    session = rich_session(owner="alice")
    store.save(session)
    types = dict(
        pg.query(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'sessions' AND table_schema = current_schema()"
        )
    )
    assert (types["data"], types["updated_at"], types["shared"]) == (
        "jsonb",
        "timestamp with time zone",
        "boolean",
    )
    assert pg.query("SELECT data->'case'->>'technology' FROM sessions") == [
        (session.case.technology,)
    ]
    summary = store.summary(session.id, owner="alice")
    assert summary.updated_at == session.updated_at and summary.updated_at.utcoffset() is not None
    assert summary.updated_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_nul_characters_are_replaced_not_refused(pg: PostgresBackend) -> None:
    store = pg.open()
    session = Session(title="a\x00b")
    session.transcript.append(Turn(role="user", text="x\x00y", step=Step.CASE))
    store.save(session)
    loaded = store.get(session.id)
    assert (loaded.title, loaded.transcript[0].text) == ("a\ufffdb", "x\ufffdy")
    assert store.summary(session.id).title == "a\ufffdb"


def test_many_threads_share_the_pool_and_owners_stay_apart(pg: PostgresBackend) -> None:
    store = pg.open()
    errors: list[BaseException] = []
    refused: list[str] = []

    def work(n: int) -> None:
        session = Session(id=f"t{n % 8}", owner="alice")
        intruder = Session(id=f"t{n % 8}", owner="bob")
        try:
            for i in range(8):
                session.transcript.append(Turn(role="user", text=f"{n}-{i}", step=Step.CASE))
                store.save(session)
                try:
                    store.save(intruder)
                except StoreError as exc:
                    refused.append(exc.message)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(refused) == 24 * 8 and all("another user" in m for m in refused)
    assert {s.id: s.owner for s in store.list()} == {f"t{n}": "alice" for n in range(8)}
    assert store.list(owner="bob") == []


def test_the_pool_survives_dropped_connections(pg: PostgresBackend) -> None:
    store = pg.open()
    store.save(Session(id="before"))
    terminate = (
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'ethics-assistant' AND datname = current_database()"
    )
    assert pg.query(terminate)
    store.save(Session(id="after"))
    assert {s.id for s in store.list()} == {"before", "after"}
