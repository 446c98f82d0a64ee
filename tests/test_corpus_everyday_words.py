"""Everyday words in the corpus: what people say about a value or an option, and a plain summary
per method section, so that a search in spoken words meets the formal guidance text."""

from __future__ import annotations

import re

import pytest

from assistant.domain.session import Language
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.chunking import chunk_document
from assistant.knowledge.documents import Chunk
from assistant.knowledge.loaders import load_file, split_front_matter
from assistant.knowledge.yaml_documents import CHUNK_EVERYDAY_LINES
from assistant.paths import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"
LANGUAGES: tuple[Language, ...] = ("nl", "en")
SUMMARY_LEAD = {"nl": "Kort gezegd:", "en": "In short:"}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(CORPUS)


def _chunks(relative: str) -> dict[str, Chunk]:
    docs = load_file(CORPUS / relative)
    return {c.id: c for d in docs for c in chunk_document(d, 1200)}


def test_every_value_has_everyday_lines_in_both_languages(catalogue: Catalogue) -> None:
    for entry in catalogue.values:
        for language in LANGUAGES:
            lines = entry.text(language).everyday
            assert 2 <= len(lines) <= 6, (entry.id, language)
            assert all(line.strip() for line in lines), (entry.id, language)
        assert set(entry.nl.everyday).isdisjoint(entry.en.everyday), entry.id


def test_every_option_has_everyday_lines_in_both_languages(catalogue: Catalogue) -> None:
    for option in catalogue.options:
        for language in LANGUAGES:
            lines = option.text(language).everyday
            assert 2 <= len(lines) <= 6, (option.id, language)
            assert all(line.strip() for line in lines), (option.id, language)
        assert set(option.nl.everyday).isdisjoint(option.en.everyday), option.id


def test_value_chunk_carries_its_everyday_lines(catalogue: Catalogue) -> None:
    chunks = _chunks("values/catalogue.yaml")
    privacy = catalogue.value("privacy")
    assert privacy is not None
    dutch, english = chunks["values-catalogue/privacy/nl"], chunks["values-catalogue/privacy/en"]
    assert "In gewone woorden:" in dutch.text and "In everyday words:" in english.text
    shown = privacy.nl.everyday[:CHUNK_EVERYDAY_LINES]
    assert all(line in dutch.text for line in shown)
    assert all(line in english.text for line in privacy.en.everyday[:CHUNK_EVERYDAY_LINES])
    assert not any(line in dutch.text for line in privacy.en.everyday)
    assert len(privacy.nl.everyday) > CHUNK_EVERYDAY_LINES  # the others are aliases only
    assert not any(line in dutch.text for line in privacy.nl.everyday[CHUNK_EVERYDAY_LINES:])
    assert set(dutch.aliases) == set(privacy.nl.everyday)


def test_option_chunk_carries_its_everyday_lines(catalogue: Catalogue) -> None:
    chunks = _chunks("options/patterns.yaml")
    option = next(o for o in catalogue.options if o.id == "open-standards-exit")
    for language in LANGUAGES:
        chunk = chunks[f"option-patterns/open-standards-exit/{language}"]
        lines = option.text(language).everyday
        shown = lines[:CHUNK_EVERYDAY_LINES]
        assert all(line in chunk.search_text() for line in shown), language
        assert set(chunk.aliases) == set(lines), language


def test_every_method_section_ends_with_a_plain_summary() -> None:
    for path in sorted((CORPUS / "method").glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        lead = SUMMARY_LEAD[str(meta["language"])]
        sections = re.split(r"(?m)^##+ .*$", body)[1:]
        assert sections, path.name
        for section in sections:
            last = section.strip().split("\n\n")[-1]
            assert last.startswith(lead), (path.name, last[:60])
