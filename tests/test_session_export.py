"""Session exports: JSON round trip and schema, Markdown reports in Dutch and English, labels."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from session_factory import rich_session

from assistant.domain.session import SCHEMA_VERSION, Session
from assistant.errors import InputError
from assistant.language.labels import LABELS
from assistant.paths import PROJECT_ROOT
from assistant.store.export import from_json, session_schema, to_json, to_markdown


def _section(markdown: str, heading: str) -> str:
    """The text of the ``## heading`` section, up to the next ``## ``."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", markdown, re.S | re.M)
    assert match, f"no section {heading!r} in:\n{markdown}"
    return match.group(1)


def test_json_round_trips_and_carries_the_version() -> None:
    session = rich_session()
    text = to_json(session)
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    assert Session.model_validate_json(text) == session
    assert from_json(text) == session


def test_json_export_validates_against_the_published_schema() -> None:
    schema = session_schema()
    assert schema["x-schema-version"] == SCHEMA_VERSION
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(to_json(rich_session("en"))), schema)
    broken = {**json.loads(to_json(rich_session())), "step": "verdict"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_from_json_upgrades_old_files_and_rejects_junk() -> None:
    old = from_json(json.dumps({"id": "v0", "case": "Drones boven de haven"}))
    assert (old.id, old.case.technology, old.schema_version) == ("v0", "Drones boven de haven", 2)
    for junk in ("", "[1, 2]", '{"id": 3, "step": "nowhere"}'):
        with pytest.raises(InputError) as caught:
            from_json(junk)
        assert "sessions export" in caught.value.fix


def test_dutch_markdown_has_dutch_headings_and_every_item() -> None:
    md = to_markdown(rich_session("nl"))
    assert md.startswith("# Sentimentmonitoring van sociale media\n")
    assert "Stap: Handelingsopties" in md
    case = _section(md, "Casus")
    assert "**Technologie**: Sentimentmonitoring van sociale media" in case
    assert "**Fase**: pilot" in case
    assert "- Inwoners (betrokkenen)" in _section(md, "Actoren")
    effects = _section(md, "Effecten")
    residents = effects.split("### Inwoners")[1].split("###")[0]
    assert "- **-** Voelen zich bekeken" in residents
    assert "- **+** Zorgen worden eerder gehoord" in residents
    assert "Sneller overzicht" not in residents
    assert "### Zonder actor" in effects and "- **-** Afhankelijk van platformen" in effects
    values = _section(md, "Waarden")
    assert "1. **Privacy**: Zelf bepalen wie wat over je weet" in values
    assert "2. **Transparantie**" in values
    assert "Komt voort uit: Voelen zich bekeken; Zorgen worden eerder gehoord" in values
    assert values.index("### Genoemd, niet gekozen") < values.index("**Efficiëntie**")
    options = _section(md, "Handelingsopties")
    kinds = [
        options.index(f"### {k}")
        for k in ("Technologie / ontwerp", "Omgeving / context", "Mens / gebruiker")
    ]
    assert kinds == sorted(kinds)
    assert "- Training voor adviseurs _(beschermt: Privacy, Transparantie)_" in options
    transcript = _section(md, "Gesprek")
    assert "**Assistent** (Handelingsopties):" in transcript
    assert "> Regel één\n>\n> Regel twee" in transcript
    assert "Bronnen: Waardenlijst - Privacy" in transcript
    assert md.rstrip().endswith("_Bronnen: Waardenlijst - Privacy_")


def test_english_markdown_uses_english_labels() -> None:
    md = to_markdown(rich_session("en"))
    for heading in ("Case", "Actors", "Effects", "Values", "Handling options", "Transcript"):
        assert f"\n## {heading}\n" in md
    assert "**Technology**: Social media sentiment monitoring" in md
    assert "### Technology / design" in md and "### Human / user" in md
    assert "- Publish in the algorithm register _(protects: Transparency)_" in md
    assert "Casus" not in md and "Waarden" not in md


def test_markdown_of_a_new_session_says_nothing_is_recorded() -> None:
    md = to_markdown(Session(language="en"))
    assert md.startswith("# Untitled session\n")
    assert _section(md, "Actors").strip() == "_Nothing recorded yet._"
    assert _section(md, "Handling options").strip() == "_Nothing recorded yet._"


def test_labels_exist_in_both_languages() -> None:
    assert set(LABELS["nl"]) == set(LABELS["en"])
    assert all(text.strip() for language in LABELS.values() for text in language.values())


def test_schema_doc_lists_version_and_every_field() -> None:
    doc = (PROJECT_ROOT / "docs" / "session-schema.md").read_text(encoding="utf-8")
    assert f"Schema version: **{SCHEMA_VERSION}**" in doc
    schema = session_schema()
    models = {"Session": schema, **schema["$defs"]}
    for name, model in models.items():
        for field in model.get("properties", {}):
            section = doc.split(f"\n### {name}\n")[1].split("\n### ")[0]
            assert f"| `{field}` |" in section, (name, field)


def test_schema_doc_example_is_a_valid_session() -> None:
    doc = (PROJECT_ROOT / "docs" / "session-schema.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json\n")[1].split("```")[0])
    jsonschema.validate(example, session_schema())
    assert Session.model_validate(example).effects[0].direction == "negative"


def test_version_one_options_keep_their_values_under_the_new_name() -> None:
    v1 = {
        "schema_version": 1,
        "id": "s1",
        "values": [{"id": "v1", "name": "Privacy"}],
        "options": [{"id": "o1", "kind": "design", "text": "Blur faces", "value_ids": ["v1"]}],
    }
    session = from_json(json.dumps(v1))
    assert session.schema_version == 2
    assert session.options[0].value_ids == ["v1"]
    assert json.loads(to_json(session))["options"][0]["values"] == ["v1"]
