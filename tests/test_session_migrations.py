"""Session database and session JSON versions: numbered migrations, upgrades, newer versions."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from session_backends import StoreBackend
from session_factory import query_db

from assistant.domain.session import SCHEMA_VERSION, Session, Step
from assistant.errors import AssistantError
from assistant.store.base import SessionStoreProtocol
from assistant.store.db import Database, Migration, StoreError, load_migrations
from assistant.store.sessions import SessionStore
from assistant.store.upgrade import SchemaVersionError, upgrade


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "nested" / "sessions.sqlite3"


@pytest.fixture
def store(session_backend: StoreBackend) -> SessionStoreProtocol:
    return session_backend.open()


def test_first_use_creates_folder_file_and_records_migrations_once(db_path: Path) -> None:
    assert not db_path.parent.exists()
    SessionStore(db_path).save(Session(id="s1"))
    assert db_path.is_file()
    assert query_db(db_path, "PRAGMA journal_mode") == [("wal",)]
    shipped = [(m.version, m.name) for m in load_migrations()]
    assert shipped[0] == (1, "001_init.sql")
    again = SessionStore(db_path)
    assert again.get("s1").id == "s1"
    assert again.migrations() == shipped
    assert query_db(db_path, "SELECT COUNT(*) FROM schema_migrations") == [(len(shipped),)]


def test_stores_opening_a_fresh_file_at_once_migrate_it_once(db_path: Path) -> None:
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            barrier.wait()
            SessionStore(db_path).save(Session(id=f"s{n}"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert query_db(db_path, "SELECT version FROM schema_migrations") == [(1,)]
    assert {s.id for s in SessionStore(db_path).list()} == {f"s{n}" for n in range(6)}


def test_a_later_migration_is_applied_in_order_on_an_existing_database(db_path: Path) -> None:
    shipped = load_migrations()
    Database(db_path, shipped).applied()
    extra = Migration(len(shipped) + 1, "999_note.sql", "ALTER TABLE sessions ADD note TEXT;")
    assert [v for v, _ in Database(db_path, [*shipped, extra]).applied()][-1] == extra.version
    columns = [row[1] for row in query_db(db_path, "PRAGMA table_info(sessions)")]
    assert "note" in columns


def test_a_failing_migration_leaves_the_database_as_it_was(db_path: Path) -> None:
    shipped = load_migrations()
    Database(db_path, shipped).applied()
    broken = Migration(
        len(shipped) + 1,
        "999_broken.sql",
        "CREATE TABLE half (a);\nINSERT INTO nowhere VALUES (1);",
    )
    with pytest.raises(StoreError, match=r"999_broken\.sql") as caught:
        Database(db_path, [*shipped, broken]).applied()
    assert caught.value.fix
    assert query_db(db_path, "SELECT name FROM sqlite_master WHERE name = 'half'") == []
    assert len(query_db(db_path, "SELECT * FROM schema_migrations")) == len(shipped)


def test_a_database_from_a_newer_version_is_refused(
    store: SessionStoreProtocol, session_backend: StoreBackend
) -> None:
    store.save(Session())
    session_backend.execute("INSERT INTO schema_migrations VALUES (99, '099_future.sql', 'now')")
    with pytest.raises(StoreError, match="newer") as caught:
        session_backend.open().list()
    assert "upgrade" in caught.value.fix


def _old_v0() -> dict[str, object]:
    return {
        "id": "old1",
        "language": "en",
        "step": "actors",
        "case": "Chatbot at the municipal front desk",
        "actors": [{"id": "a1", "name": "Residents"}],
    }


def test_upgrade_turns_a_v0_dict_into_a_current_session() -> None:
    data = upgrade(_old_v0())
    session = Session.model_validate(data)
    assert session.schema_version == SCHEMA_VERSION
    assert session.case.technology == "Chatbot at the municipal front desk"
    assert [a.name for a in session.actors] == ["Residents"]
    assert session.created_at == session.updated_at
    assert session.transcript == [] and session.meta == {}


def test_store_upgrades_an_old_row_when_reading(
    store: SessionStoreProtocol, session_backend: StoreBackend
) -> None:
    store.save(Session(id="old1"))
    old = json.dumps(_old_v0())
    session_backend.execute("UPDATE sessions SET data = ? WHERE id = 'old1'", (old,))
    session = store.get("old1")
    assert (session.step, session.case.technology) == (Step.ACTORS, _old_v0()["case"])


def test_newer_or_invalid_schema_versions_are_refused(
    store: SessionStoreProtocol, session_backend: StoreBackend
) -> None:
    newer = {**Session().model_dump(mode="json"), "schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(SchemaVersionError, match="newer") as caught:
        upgrade(newer)
    assert "upgrade ethics-assistant" in caught.value.fix
    with pytest.raises(SchemaVersionError, match="invalid"):
        upgrade({"schema_version": "one"})
    store.save(Session(id="future"))
    session_backend.execute(
        "UPDATE sessions SET data = ? WHERE id = 'future'", (json.dumps(newer),)
    )
    with pytest.raises(AssistantError, match="newer ethics-assistant"):
        store.get("future")
