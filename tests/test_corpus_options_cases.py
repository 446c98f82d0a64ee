"""Handling-option patterns (corpus/options) and illustrative cases (corpus/cases) are consistent.

Options must load through the catalogue schema, cover all three kinds and point only at values
that exist in the value catalogue. Each case must be a finished session in the Session schema
whose internal links (effect -> actor, value -> effect, option -> value) all resolve.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.domain.session import OPTION_KINDS, Step
from assistant.knowledge.catalogue import CaseFile, Catalogue, OptionPattern, OptionPatternsFile
from assistant.paths import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"
CASES_DIR = CORPUS / "cases"
OPTIONS_FILE = CORPUS / "options" / "patterns.yaml"
CASE_FILES = sorted(CASES_DIR.glob("*.yaml"))
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(CORPUS)


@pytest.fixture(scope="module")
def value_ids(catalogue: Catalogue) -> set[str]:
    return {value.id for value in catalogue.values}


@pytest.fixture(scope="module")
def options(catalogue: Catalogue) -> list[OptionPattern]:
    return catalogue.options


def load_case(path: Path) -> CaseFile:
    return CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


# --- option patterns -----------------------------------------------------------------------------


def test_options_file_metadata() -> None:
    data = OptionPatternsFile.model_validate(yaml.safe_load(OPTIONS_FILE.read_text("utf-8")))
    assert data.id == "option-patterns"
    assert data.language == "multi"
    assert data.kind == "options"
    assert data.title.strip() and data.source.strip()


def test_enough_options_of_every_kind(options: list[OptionPattern]) -> None:
    assert len(options) >= 40
    per_kind = Counter(option.kind for option in options)
    for kind in OPTION_KINDS:
        assert per_kind[kind] >= 10, f"only {per_kind[kind]} {kind} options"


def test_option_ids_are_unique_kebab_case(options: list[OptionPattern]) -> None:
    ids = [option.id for option in options]
    duplicates = [name for name, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate option ids: {duplicates}"
    assert all(KEBAB.match(name) for name in ids), [n for n in ids if not KEBAB.match(n)]


def test_option_values_exist_in_catalogue(
    options: list[OptionPattern], value_ids: set[str]
) -> None:
    for option in options:
        assert 1 <= len(option.values) <= 3, f"{option.id} serves {len(option.values)} values"
        unknown = set(option.values) - value_ids
        assert not unknown, f"{option.id} refers to unknown values {sorted(unknown)}"


def test_options_are_written_in_both_languages(options: list[OptionPattern]) -> None:
    for option in options:
        assert option.technologies, f"{option.id} has no technology tags"
        for language in ("nl", "en"):
            text = option.text(language)
            assert text.title.strip() and text.when.strip(), f"{option.id} ({language})"
            assert len(text.text.split()) >= 12, f"{option.id} ({language}) is too vague"
        assert option.nl.text != option.en.text, f"{option.id} is not translated"


# --- illustrative cases --------------------------------------------------------------------------


def test_enough_cases_in_both_languages() -> None:
    assert len(CASE_FILES) >= 12
    languages = Counter(load_case(path).language for path in CASE_FILES)
    assert languages["nl"] >= 1 and languages["en"] >= 1, languages


def test_case_ids_are_unique() -> None:
    ids = [load_case(path).id for path in CASE_FILES]
    assert len(ids) == len(set(ids)), [name for name, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_is_a_marked_finished_session(path: Path) -> None:
    case = load_case(path)
    session = case.session
    assert case.kind == "case"
    assert case.illustrative is True
    assert "illustrative" in case.source.lower()
    assert case.organisation.strip() and case.tags
    assert session.language == case.language
    assert session.step == Step.SUMMARY
    assert not session.transcript
    assert not session.case.missing(), f"case description lacks {session.case.missing()}"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_effects_point_at_actors_in_both_directions(path: Path) -> None:
    session = load_case(path).session
    actor_ids = {actor.id for actor in session.actors}
    assert len(actor_ids) == len(session.actors) >= 5
    assert "affected" in {actor.group for actor in session.actors}
    directions = Counter(effect.direction for effect in session.effects)
    assert directions["positive"] >= 1 and directions["negative"] >= 1, directions
    for effect in session.effects:
        assert effect.actor_id in actor_ids, f"{effect.id} points at unknown actor"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_values_point_at_effects_and_catalogue(path: Path, value_ids: set[str]) -> None:
    session = load_case(path).session
    effect_ids = {effect.id for effect in session.effects}
    assert 1 <= len(session.values) <= 6
    for value in session.values:
        assert value.key in value_ids, f"{value.id} has unknown catalogue key {value.key!r}"
        assert value.effect_ids, f"{value.id} is tied to no effect"
        assert set(value.effect_ids) <= effect_ids, f"{value.id} points at unknown effects"
    priorities = [value.priority for value in session.values]
    assert sorted(p for p in priorities if p is not None) == list(range(1, len(priorities) + 1))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_case_options_cover_all_kinds_and_protect_values(path: Path) -> None:
    session = load_case(path).session
    session_value_ids = {value.id for value in session.values}
    assert {option.kind for option in session.options} == set(OPTION_KINDS)
    for option in session.options:
        assert option.value_ids, f"{option.id} protects no value"
        assert set(option.value_ids) <= session_value_ids, f"{option.id} points at unknown values"
