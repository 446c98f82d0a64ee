"""The intake form and session files: validation, friendly words, and errors that carry the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_fakes import FINISHED, INTAKES

from assistant.brief.intake import Intake, load_intake, load_session_file
from assistant.errors import InputError


def test_example_intakes_load() -> None:
    nl = load_intake(INTAKES / "nl-kentekencameras.yaml")
    assert nl.language == "nl" and nl.stage == "pilot" and nl.session_length == "half-day"
    assert nl.date is not None and nl.date.year == 2027 and len(nl.known_concerns) == 2
    en = load_intake(INTAKES / "en-chatbot.yaml")
    assert en.language == "en" and en.stage == "idea" and en.date is None
    only = load_intake(INTAKES / "technology-only.yaml")
    assert only.context == "" and only.stage == "unknown" and only.session_length == "both"
    session = only.to_session()
    assert session.case.technology == only.technology
    assert session.case.missing() == ["context", "users", "decisions", "stage"]


def test_dutch_stage_words_and_concerns_as_text() -> None:
    intake = Intake.model_validate(
        {"technology": "Sensoren", "stage": "In gebruik", "known_concerns": "privacy; kosten"}
    )
    assert intake.stage == "in_use" and intake.known_concerns == ["privacy", "kosten"]


def _write(tmp_path: Path, text: str, name: str = "intake.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("technology: [unclosed", "not valid YAML"),
        ("- just\n- a list\n", "does not hold a YAML mapping"),
        ("context: only context\n", "technology: Field required"),
        ("technology: Drones\ncolour: blue\n", "colour: Extra inputs are not permitted"),
        ("technology: Drones\nsession_length: all day\n", "session_length"),
    ],
)
def test_bad_intakes_explain_the_fix(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_intake(_write(tmp_path, text))
    assert message in caught.value.message
    assert "technology:" in caught.value.fix


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_intake(tmp_path / "nope.yaml")
    with pytest.raises(InputError, match="is not a file"):
        load_intake(tmp_path)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="cannot be read"):
        load_intake(binary)


def test_session_files(tmp_path: Path) -> None:
    assert load_session_file(FINISHED).id == "brieffixture1"
    with pytest.raises(InputError) as caught:
        load_session_file(_write(tmp_path, '{"actors": "none"}', "s.json"))
    assert "is not a valid session" in caught.value.message
    assert "sessions export" in caught.value.fix
