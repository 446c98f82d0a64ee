"""The intake form and session files: validation, friendly words, and errors that carry the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_fakes import FINISHED, INTAKES
from pydantic import ValidationError

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
        ("technology: ''\nduration_minutes: 90\n", "no usable technology"),
        ("technologie: [a, b]\n", "technology: Input should be a valid string"),
    ],
)
def test_bad_intakes_explain_the_fix(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_intake(_write(tmp_path, text))
    assert message in caught.value.message
    assert "technology:" in caught.value.fix


def test_natural_keys_are_understood_and_unknown_ones_named() -> None:
    intake = load_intake(INTAKES / "natural-keys.yaml")
    assert intake.session_length == "half-day" and intake.stage == "pilot"
    assert intake.organisation == "Gemeente (voorbeeld)"
    assert intake.known_concerns == ["privacy van bewoners", "wat als de sensor faalt"]
    [warning] = intake.warnings
    assert warning.startswith("Unknown key left out: budget (known keys: technology, context,")


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("duration_minutes: 90", "90-minutes"),
        ("duration_minutes: '240'", "half-day"),
        ("duration_hours: 4", "half-day"),
        ("duur: 1,5 uur", "90-minutes"),
        ("session_length: halve dag", "half-day"),
        ("session-length: 90 minuten", "90-minutes"),
        ("length: 4h", "half-day"),
        ("duration: beide", "both"),
    ],
)
def test_session_length_in_words_or_minutes(tmp_path: Path, text: str, length: str) -> None:
    intake = load_intake(_write(tmp_path, f"technology: Drones\n{text}\n"))
    assert intake.session_length == length and intake.warnings == []


def test_unusable_values_are_left_out_with_a_warning(tmp_path: Path) -> None:
    text = (
        "technology: Drones\nsession_length: all day\ndate: next tuesday\n"
        "organisation: Provincie\norganization: Gemeente\ncolour: blue\nsize: XL\n"
    )
    intake = load_intake(_write(tmp_path, text))
    assert intake.technology == "Drones" and intake.organisation == "Provincie"
    assert intake.session_length == "both" and intake.date is None
    unknown, duplicate, *values = intake.warnings
    assert unknown.startswith("Unknown keys left out: colour, size (known keys: technology,")
    assert duplicate == "`organization` left out: `organisation` is already given"
    assert sorted(v.split(":")[0] for v in values) == ["`date", "`session_length"]
    assert "all day` left out: Input should be 'half-day', '90-minutes' or 'both'" in " ".join(
        values
    )


def test_the_strict_form_still_rejects_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Intake.model_validate({"technology": "Drones", "colour": "blue"})


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
