"""``ethics-assistant sessions``: list, show, export, delete and schema against a real data dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from session_factory import execute_db, rich_session
from typer.testing import CliRunner, Result

from assistant.cli.main import app
from assistant.domain.session import Session
from assistant.store.export import from_json, session_schema
from assistant.store.sessions import SessionStore


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def saved(data_dir: Path) -> list[Session]:
    store = SessionStore(data_dir / "sessions.sqlite3")
    sessions = [rich_session("nl"), rich_session("en", title="Front desk chatbot")]
    for session in sessions:
        store.save(session)
    return sessions


def run(data_dir: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), "sessions", *args], input=stdin)


def test_list_on_a_fresh_data_dir_creates_the_database(data_dir: Path) -> None:
    result = run(data_dir, "list")
    assert result.exit_code == 0, result.output
    assert "No sessions yet" in result.stdout
    assert (data_dir / "sessions.sqlite3").is_file()
    assert json.loads(run(data_dir, "list", "--json").stdout) == []


def test_list_shows_sessions_newest_first(data_dir: Path, saved: list[Session]) -> None:
    lines = run(data_dir, "list").stdout.splitlines()
    assert lines[0].split() == ["ID", "UPDATED", "(UTC)", "LANG", "STEP", "TURNS", "TITLE"]
    assert lines[1].startswith(saved[1].id) and lines[1].endswith("Front desk chatbot")
    assert lines[2].startswith(saved[0].id)
    assert lines[2].endswith("Sentimentmonitoring van sociale media")
    rows = json.loads(run(data_dir, "list", "--json").stdout)
    assert [r["id"] for r in rows] == [saved[1].id, saved[0].id]
    assert rows[0]["language"] == "en" and rows[0]["step"] == "options" and rows[0]["turns"] == 1


def test_show_prints_markdown_or_json(data_dir: Path, saved: list[Session]) -> None:
    text = run(data_dir, "show", saved[0].id)
    assert text.exit_code == 0
    assert "## Casus" in text.stdout and "### Omgeving / context" in text.stdout
    as_json = run(data_dir, "show", saved[1].id, "--json")
    assert from_json(as_json.stdout) == saved[1]


def test_export_to_stdout_and_to_files(
    data_dir: Path, saved: list[Session], tmp_path: Path
) -> None:
    stdout = run(data_dir, "export", saved[0].id, "--format", "json")
    assert from_json(stdout.stdout) == saved[0]
    target = tmp_path / "out" / "report.md"
    result = run(data_dir, "export", saved[1].id, "--format", "md", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Front desk chatbot\n")
    assert "## Handling options" in target.read_text(encoding="utf-8")
    assert result.stdout == ""
    assert list(target.parent.iterdir()) == [target]


def test_export_errors_are_clear(data_dir: Path, saved: list[Session], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(data_dir, "export", saved[0].id, "-o", str(blocker / "out.json"))
    assert result.exit_code == 1
    assert "Cannot write" in result.stderr and "Fix:" in result.stderr
    bad_format = run(data_dir, "export", saved[0].id, "--format", "pdf")
    assert bad_format.exit_code == 2


def test_delete_asks_unless_yes(data_dir: Path, saved: list[Session]) -> None:
    store = SessionStore(data_dir / "sessions.sqlite3")
    declined = run(data_dir, "delete", saved[0].id, stdin="n\n")
    assert declined.exit_code == 1 and "Nothing deleted" in declined.stderr
    assert store.exists(saved[0].id)
    confirmed = run(data_dir, "delete", saved[0].id, stdin="y\n")
    assert confirmed.exit_code == 0 and not store.exists(saved[0].id)
    forced = run(data_dir, "delete", saved[1].id, "--yes")
    assert forced.exit_code == 0 and f"Deleted session {saved[1].id}" in forced.stdout
    assert store.list() == []


def test_unknown_ids_give_the_fix(data_dir: Path) -> None:
    for command in (["show", "nope"], ["export", "nope"], ["delete", "nope", "--yes"]):
        result = run(data_dir, *command)
        assert result.exit_code == 1
        assert "No session with id 'nope'" in result.stderr
        assert "ethics-assistant sessions list" in result.stderr


def test_a_damaged_database_gives_a_message_not_a_traceback(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "sessions.sqlite3").write_bytes(b"\x00garbage" * 500)
    result = run(data_dir, "list")
    assert result.exit_code == 1
    assert "is damaged or is not a SQLite file" in result.stderr
    assert "move it aside" in result.stderr
    assert "Traceback" not in result.output


def test_schema_prints_the_json_schema(data_dir: Path) -> None:
    result = run(data_dir, "schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == session_schema()


def test_a_damaged_session_can_still_be_listed_and_deleted(
    data_dir: Path, saved: list[Session]
) -> None:
    store = SessionStore(data_dir / "sessions.sqlite3")
    execute_db(store.path, "UPDATE sessions SET data = 'not json' WHERE id = ?", (saved[0].id,))
    shown = run(data_dir, "show", saved[0].id)
    assert shown.exit_code == 1
    assert f"ethics-assistant sessions delete {saved[0].id}" in shown.stderr
    assert saved[0].id in run(data_dir, "list").stdout
    deleted = run(data_dir, "delete", saved[0].id, stdin="y\n")
    assert deleted.exit_code == 0, deleted.output
    assert [s.id for s in store.list()] == [saved[1].id]
