"""`ethics-assistant chat`: scripted Dutch and English conversations end in the options step with
everything the method asks for; a killed process loses no turn and resumes with --session."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.domain.session import Session
from assistant.paths import PROJECT_ROOT
from assistant.store.sessions import SessionStore

SCRIPTS = PROJECT_ROOT / "tests" / "data" / "scripts"
CORPUS = PROJECT_ROOT / "corpus"
MINI_CORPUS = [
    "values/catalogue.yaml",
    "options/patterns.yaml",
    "cases/nl-sentiment-sociale-media.yaml",
    "method/steps-nl.md",
]


@pytest.fixture(scope="module")
def chat_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A small corpus (catalogue, patterns, one case) and one data dir for the module, so the
    index and the value vectors are built once."""
    root = tmp_path_factory.mktemp("chat-cli")
    for name in MINI_CORPUS:
        target = root / "corpus" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, target)
    return {
        "ASSISTANT_DATA_DIR": str(root / "data"),
        "ASSISTANT_RETRIEVAL__CORPUS_DIRS": json.dumps([str(root / "corpus")]),
        "ASSISTANT_LLM__BACKEND": "guided",
        "ASSISTANT_CONFIG": "",
    }


def run_script(env: dict[str, str], *args: str) -> Session:
    result = CliRunner().invoke(app, ["chat", "--backend", "guided", *args, "--json"], env=env)
    assert result.exit_code == 0, result.output
    return Session.model_validate_json(result.stdout)


def assert_method_complete(session: Session) -> None:
    assert session.step.value in ("options", "summary")
    assert len(session.actors) >= 3
    assert {e.direction for e in session.effects} == {"positive", "negative"}
    chosen = session.chosen_values()
    assert len(chosen) >= 3 and all(v.definition for v in chosen)
    chosen_ids = {v.id for v in chosen}
    for kind in ("design", "environment", "human"):
        options = [o for o in session.options if o.kind == kind]
        assert options, kind
        assert all(set(o.value_ids) & chosen_ids for o in options), kind


def test_dutch_script_reaches_the_options_step(chat_env: dict[str, str]) -> None:
    session = run_script(chat_env, "--script", str(SCRIPTS / "nl-sentiment-monitoring.txt"))
    assert session.language == "nl"
    assert_method_complete(session)
    assert session.case.stage == "pilot"
    verdict_reply = next(
        t.text for i, t in enumerate(session.transcript)
        if t.role == "assistant" and session.transcript[i - 1].text.startswith("is dit ethisch")
    )  # fmt: skip
    assert "Een oordeel of dit goed of fout is, geef ik niet" in verdict_reply
    assert "dit is ethisch" not in verdict_reply.lower()
    assert "ja, dit mag" not in verdict_reply.lower()


def test_english_script_reaches_the_options_step(chat_env: dict[str, str]) -> None:
    session = run_script(
        chat_env, "--lang", "en", "--script", str(SCRIPTS / "en-digital-twin.yaml")
    )
    assert session.language == "en"
    assert_method_complete(session)
    assert any(t.trace and t.trace.intent == "verdict" for t in session.transcript)


def test_unreadable_script_is_a_clear_error(chat_env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "turns.yaml"
    bad.write_text("- one\n- [unclosed", encoding="utf-8")
    result = CliRunner().invoke(app, ["chat", "--script", str(bad)], env=chat_env)
    assert result.exit_code == 1
    assert "not valid YAML" in result.output and "Fix:" in result.output
    missing = CliRunner().invoke(
        app, ["chat", "--script", str(tmp_path / "nope.txt")], env=chat_env
    )
    assert missing.exit_code == 1 and "Cannot read the script" in missing.output


def _user_turns(store: SessionStore) -> tuple[str, list[str]]:
    rows = store.list()
    if not rows:
        return "", []
    session = store.get(rows[0].id)
    return session.id, [t.text for t in session.transcript if t.role == "user"]


def test_killed_mid_conversation_loses_no_turn(chat_env: dict[str, str], tmp_path: Path) -> None:
    database = tmp_path / "sessions.sqlite3"  # the module's index and caches, a fresh store
    env = {**os.environ, **chat_env, "ASSISTANT_SESSIONS__DATABASE": str(database)}
    script = SCRIPTS / "nl-sentiment-monitoring.txt"
    turns = [line for line in script.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]  # fmt: skip
    executable = Path(sys.executable).parent / "ethics-assistant"
    command = [str(executable), "chat", "--script", str(script)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    store = SessionStore(database)
    deadline = time.monotonic() + 300
    said: list[str] = []
    while time.monotonic() < deadline and len(said) < 6:
        time.sleep(0.2)
        if database.exists():
            session_id, said = _user_turns(store)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    session_id, said = _user_turns(store)
    assert len(said) >= 6
    assert said == turns[: len(said)]  # every turn sent is stored, in order, none lost
    rest = tmp_path / "rest.txt"
    rest.write_text("\n".join(turns[len(said) :]), encoding="utf-8")
    resumed = run_script({**chat_env, "ASSISTANT_SESSIONS__DATABASE": str(database)},
                         "--session", session_id, "--script", str(rest))  # fmt: skip
    assert resumed.id == session_id
    assert [t.text for t in resumed.transcript if t.role == "user"] == turns
