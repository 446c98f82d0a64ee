"""The session store: round trips, owners, order, concurrency, crashes, damaged files.

Behaviour tests run on SQLite and on a real PostgreSQL server (``session_backend``); crash and file
tests are SQLite's own (PostgreSQL's own tests: ``test_session_store_postgres.py``).
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from session_backends import StoreBackend
from session_factory import query_db, rich_session

from assistant.domain.session import Session, Step, Turn
from assistant.errors import NotFound
from assistant.paths import PROJECT_ROOT
from assistant.store.base import SessionStoreProtocol
from assistant.store.db import StoreError
from assistant.store.sessions import SessionStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "nested" / "sessions.sqlite3"


@pytest.fixture
def store(session_backend: StoreBackend) -> SessionStoreProtocol:
    return session_backend.open()


# --- save / get / list / delete -------------------------------------------------------------------


def test_rich_session_round_trips(store: SessionStoreProtocol) -> None:
    session = rich_session()
    store.save(session)
    loaded = store.get(session.id)
    assert loaded == session
    assert loaded.transcript[1].trace is not None
    assert loaded.transcript[1].trace.retrieved_ids == ["c1", "c2"]
    assert loaded.transcript[1].citations[0].source == "corpus/values.yaml"
    assert [o.value_ids for o in loaded.options] == [["v1"], ["v2"], ["v1", "v2"]]
    assert loaded.meta == {"asked": ["case"], "counter": 3}


def test_save_is_an_upsert_that_sets_updated_at(
    store: SessionStoreProtocol, session_backend: StoreBackend
) -> None:
    session = Session(title="eerste")
    before = session.updated_at
    store.save(session)
    assert session.updated_at > before
    session.title = "tweede"
    session.step = Step.ACTORS
    store.save(session)
    assert session_backend.query("SELECT COUNT(*) FROM sessions") == [(1,)]
    loaded = store.get(session.id)
    assert (loaded.title, loaded.step, loaded.updated_at) == (
        "tweede",
        Step.ACTORS,
        session.updated_at,
    )


def test_owners_see_only_their_own_sessions(store: SessionStoreProtocol) -> None:
    alice, bob = Session(owner="alice", title="A"), Session(owner="bob", title="B")
    store.save(alice)
    store.save(bob)
    assert store.get(alice.id, owner="alice").title == "A"
    with pytest.raises(NotFound):
        store.get(alice.id, owner="bob")
    with pytest.raises(NotFound):
        store.delete(alice.id, owner="bob")
    assert store.exists(alice.id)
    assert [s.id for s in store.list(owner="bob")] == [bob.id]
    assert {s.id for s in store.list()} == {alice.id, bob.id}
    intruder = Session(id=alice.id, owner="bob", title="overwritten")
    with pytest.raises(StoreError, match="another user"):
        store.save(intruder)
    assert store.get(alice.id).title == "A"


def test_list_is_newest_first_with_summary_fields(store: SessionStoreProtocol) -> None:
    first, second, third = rich_session(), Session(title="Twee"), Session(language="en")
    for session in (first, second, third):
        store.save(session)
    store.save(first)
    summaries = store.list()
    assert [s.id for s in summaries] == [first.id, third.id, second.id]
    top = summaries[0]
    assert top.title == "Sentimentmonitoring van sociale media"
    assert (top.language, top.step, top.turns, top.owner) == ("nl", Step.OPTIONS, 1, None)
    assert top.updated_at == first.updated_at
    assert [s.id for s in store.list(limit=2)] == [first.id, third.id]


def test_delete_removes_and_missing_ids_are_not_found(store: SessionStoreProtocol) -> None:
    session = Session()
    store.save(session)
    store.delete(session.id)
    assert not store.exists(session.id)
    with pytest.raises(NotFound) as caught:
        store.get(session.id)
    assert "ethics-assistant sessions list" in caught.value.fix
    with pytest.raises(NotFound):
        store.delete(session.id)


# --- concurrency and crashes ---------------------------------------------------------------------


def test_threads_saving_at_once_lose_nothing(session_backend: StoreBackend) -> None:
    stores = [session_backend.open(), session_backend.open()]
    errors: list[BaseException] = []

    def work(n: int) -> None:
        store = stores[n % 2]
        session = Session(id=f"t{n}")
        try:
            for i in range(12):
                session.transcript.append(Turn(role="user", text=f"{n}-{i}", step=Step.CASE))
                store.save(session)
                store.list()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    summaries = {s.id: s.turns for s in stores[0].list()}
    assert summaries == {f"t{n}": 12 for n in range(8)}
    assert stores[1].get("t5").transcript[-1].text == "5-11"


SAVE_LOOP = """
import sys
from pathlib import Path
from assistant.domain.session import Session, Turn
from assistant.store.sessions import SessionStore

store = SessionStore(Path(sys.argv[1]))
session = store.get("crash") if store.exists("crash") else Session(id="crash")
while True:
    session.transcript.append(Turn(role="user", text="x" * 3000, step=session.step))
    session.title = f"turns {len(session.transcript)}"
    store.save(session)
    print(len(session.transcript), flush=True)
"""


def test_sigkill_during_saves_keeps_the_last_commit(db_path: Path) -> None:
    rng = random.Random(7)
    committed = 0
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVE_LOOP, str(db_path)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        target = committed + rng.randint(3, 25)
        while int(proc.stdout.readline() or -1) < target:
            assert proc.poll() is None, "save loop died on its own"
        time.sleep(rng.random() / 200)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        printed = [int(line) for line in proc.stdout.read().split()]
        committed = max([target, *printed])
        session = SessionStore(db_path).get("crash")
        turns = len(session.transcript)
        assert committed <= turns <= committed + 1
        assert session.title == f"turns {turns}"
        assert SessionStore(db_path).list()[0].turns == turns
        committed = turns
    assert query_db(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_saves_stay_in_the_wal_until_the_store_closes(db_path: Path) -> None:
    """An idle connection keeps the WAL open between calls: a save is not checkpointed into the
    database file (one more fsync) and its WAL deleted every time; ``close()`` checkpoints."""
    store = SessionStore(db_path)
    session = Session(title="een")
    store.save(session)
    session.title = "twee"
    store.save(session)
    wal = db_path.with_name(f"{db_path.name}-wal")
    assert wal.is_file() and wal.stat().st_size > 0
    assert query_db(db_path, "SELECT title FROM sessions") == [("twee",)]  # others see it
    store.close()
    assert not wal.exists()  # the last connection out checkpointed it
    assert query_db(db_path, "SELECT title FROM sessions") == [("twee",)]
    assert store.get(session.id).title == "twee"  # a closed store opens again
    store.close()


# --- damaged files -------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_gives_a_clear_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is no database, just some text\n" * 200)
    with pytest.raises(StoreError) as caught:
        SessionStore(db_path).list()
    assert str(db_path) in caught.value.message
    assert "move it aside" in caught.value.fix and str(db_path) in caught.value.fix


def test_an_unwritable_location_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot be opened") as caught:
        SessionStore(blocker / "sessions.sqlite3").save(Session())
    assert "ASSISTANT_DATA_DIR" in caught.value.fix


def test_one_damaged_row_does_not_hide_the_others(
    store: SessionStoreProtocol, session_backend: StoreBackend
) -> None:
    good, bad = Session(title="goed"), Session(title="kapot")
    store.save(good)
    store.save(bad)
    damaged = json.dumps({"schema_version": 1, "step": "nowhere"})
    session_backend.execute("UPDATE sessions SET data = ? WHERE id = ?", (damaged, bad.id))
    with pytest.raises(StoreError, match="cannot be read") as caught:
        store.get(bad.id)
    assert f"sessions delete {bad.id}" in caught.value.fix
    assert store.get(good.id).title == "goed"
    assert len(store.list()) == 2
    assert store.summary(bad.id).title == "kapot"


def test_summary_matches_list_and_respects_owner(store: SessionStoreProtocol) -> None:
    session = rich_session(owner="alice")
    store.save(session)
    assert store.summary(session.id) == store.list()[0]
    assert store.summary(session.id, owner="alice").turns == 1
    with pytest.raises(NotFound):
        store.summary(session.id, owner="bob")
    with pytest.raises(NotFound):
        store.summary("missing")
