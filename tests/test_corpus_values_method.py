"""The value catalogue (corpus/values) and the method texts (corpus/method) are consistent."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.domain.session import Language
from assistant.knowledge.catalogue import Catalogue, ValueCatalogueFile, ValueEntry
from assistant.knowledge.loaders import split_front_matter
from assistant.paths import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"
METHOD_DIR = CORPUS / "method"
META_KEYS = ("id", "title", "language", "kind", "source")
GROUPS = {"rathenau", "democracy", "rule-of-law", "capacity", "wellbeing", "other"}
RATHENAU = {
    "privacy",
    "autonomy",
    "security",
    "control-over-technology",
    "human-dignity",
    "justice",
    "balance-of-power",
}
KEBAB = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(CORPUS)


@pytest.fixture(scope="module")
def values(catalogue: Catalogue) -> list[ValueEntry]:
    return catalogue.values


def _method_files() -> list[tuple[Path, dict[str, object], str]]:
    files = sorted(METHOD_DIR.glob("*.md"))
    return [(p, *split_front_matter(p.read_text(encoding="utf-8"))) for p in files]


# --- value catalogue ---------------------------------------------------------------------------


def test_catalogue_file_carries_metadata() -> None:
    raw = yaml.safe_load((CORPUS / "values" / "catalogue.yaml").read_text(encoding="utf-8"))
    data = ValueCatalogueFile.model_validate(raw)
    assert data.id == "values-catalogue"
    assert data.language == "multi"
    assert data.kind == "values"
    assert data.title.strip() and data.source.strip()


def test_catalogue_has_enough_values_with_unique_kebab_ids(values: list[ValueEntry]) -> None:
    assert len(values) >= 25
    ids = [v.id for v in values]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not KEBAB.match(i)] == []


def test_catalogue_holds_the_seven_rathenau_values(values: list[ValueEntry]) -> None:
    rathenau = {v.id for v in values if v.group == "rathenau"}
    assert rathenau == RATHENAU
    assert {v.group for v in values} <= GROUPS


def test_related_ids_exist_and_do_not_point_to_self(values: list[ValueEntry]) -> None:
    ids = {v.id for v in values}
    dangling = [(v.id, r) for v in values for r in v.related if r not in ids]
    assert dangling == []
    assert [v.id for v in values if v.id in v.related] == []
    assert [v.id for v in values if not v.related] == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_value_has_full_text_in_both_languages(
    values: list[ValueEntry], language: Language
) -> None:
    for value in values:
        text = value.text(language)
        assert text.name.strip(), value.id
        assert len(text.definition.split()) >= 8, value.id
        assert len([s for s in text.synonyms if s.strip()]) >= 3, value.id
        assert len([e for e in text.effects if e.strip()]) >= 3, value.id


def test_dutch_and_english_texts_differ(values: list[ValueEntry]) -> None:
    same = [v.id for v in values if v.nl.definition == v.en.definition]
    same += [v.id for v in values if v.nl.effects == v.en.effects]
    assert same == []


def test_no_name_or_synonym_is_shared_between_values(values: list[ValueEntry]) -> None:
    owners: dict[str, set[str]] = {}
    for value in values:
        for word in value.names():
            owners.setdefault(word, set()).add(value.id)
    shared = {word: ids for word, ids in owners.items() if len(ids) > 1}
    assert shared == {}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Privacy", "privacy"),
        ("persoonlijke levenssfeer", "privacy"),
        ("Menselijke waardigheid", "human-dignity"),
        ("human dignity", "human-dignity"),
        ("  Uitlegbaarheid ", "explainability"),
        ("interpretability", "explainability"),
        ("non-discriminatie", "equal-treatment"),
        ("bias", "equal-treatment"),
        ("Machtsverhoudingen", "balance-of-power"),
        ("vendor lock-in", "digital-sovereignty"),
        ("menselijk toezicht", "control-over-technology"),
        ("Well-being", "wellbeing"),
        ("doelmatigheid", "efficiency"),
        ("safety", "public-safety"),
        ("Veiligheid", "security"),
    ],
)
def test_find_value_matches_names_and_synonyms(
    catalogue: Catalogue, word: str, expected: str
) -> None:
    found = catalogue.find_value(word)
    assert found is not None, word
    assert found.id == expected


def test_every_name_finds_its_own_value(catalogue: Catalogue, values: list[ValueEntry]) -> None:
    for value in values:
        for word in (value.nl.name, value.en.name, *value.nl.synonyms, *value.en.synonyms):
            found = catalogue.find_value(word)
            assert found is not None and found.id == value.id, word


def test_find_value_returns_none_for_unknown_words(catalogue: Catalogue) -> None:
    assert catalogue.find_value("blockchain") is None
    assert catalogue.find_value("") is None


# --- method texts ------------------------------------------------------------------------------


def test_method_files_exist() -> None:
    assert len(_method_files()) >= 10


def test_method_files_carry_front_matter() -> None:
    for path, meta, body in _method_files():
        missing = [k for k in META_KEYS if not str(meta.get(k, "")).strip()]
        assert missing == [], path.name
        assert meta["kind"] == "method", path.name
        assert meta["language"] in ("nl", "en"), path.name
        assert body.strip(), path.name


def test_method_ids_are_unique() -> None:
    ids = [meta["id"] for _, meta, _ in _method_files()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_every_method_topic_exists_in_dutch_and_english() -> None:
    topics: dict[str, set[object]] = {}
    for path, meta, _ in _method_files():
        topic, _, suffix = path.stem.rpartition("-")
        assert suffix == meta["language"], path.name
        topics.setdefault(topic, set()).add(meta["language"])
    assert {t: langs for t, langs in topics.items() if langs != {"nl", "en"}} == {}
    assert {"overview", "steps", "case-description", "handling-options"} <= set(topics)


def test_method_files_are_sectioned_and_sized() -> None:
    for path, _, body in _method_files():
        assert re.search(r"^## \S", body, re.MULTILINE), path.name
        words = len(body.split())
        assert 400 <= words <= 1200, (path.name, words)


def test_steps_text_covers_every_step_in_order() -> None:
    markers = {
        "nl": ["casus", "actoren", "effecten", "waarden", "handelingsopties", "afronding"],
        "en": ["case", "actors", "effects", "values", "handling options", "wrap-up"],
    }
    for language, words in markers.items():
        body = split_front_matter((METHOD_DIR / f"steps-{language}.md").read_text("utf-8"))[1]
        headings = [h.lower() for h in re.findall(r"^## (.+)$", body, re.MULTILINE)]
        positions = [next((i for i, h in enumerate(headings) if w in h), -1) for w in words]
        assert -1 not in positions, (language, headings)
        assert positions == sorted(positions), language


def test_handling_options_text_has_a_section_per_kind() -> None:
    expected = {
        "nl": ("ontwerp", "omgeving", "mens en gebruiker"),
        "en": ("ethics by design", "ethics in context", "ethics by user"),
    }
    for language, kinds in expected.items():
        text = (METHOD_DIR / f"handling-options-{language}.md").read_text("utf-8")
        headings = [h.lower() for h in re.findall(r"^## (.+)$", text, re.MULTILINE)]
        assert [k for k in kinds if not any(k in h for h in headings)] == [], language
