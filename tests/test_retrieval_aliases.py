"""Aliases: other words for a chunk (a value's or option's everyday lines) are indexed as vectors
of their own that point to the chunk; a search that matches an alias returns the chunk, once,
and an index of the former format is embedded again, saying why."""

from __future__ import annotations

from pathlib import Path

from knowledge_corpus import HashingEmbedder, tiny_settings

from assistant.knowledge.chunking import chunk_document
from assistant.knowledge.loaders import load_file
from assistant.knowledge.manifest import INDEX_FORMAT
from assistant.knowledge.retriever import HybridRetriever
from assistant.knowledge.service import KnowledgeService
from assistant.knowledge.vectorstore import VectorStore

GUIDE = """---
id: guide
title: Sessiegids
language: nl
kind: method
---

# Sessiegids

## Deelnemers

Een sessie heeft tien tot twintig deelnemers met een brede blik, ook wie de gevolgen ondervindt.

Kort gezegd: wie zitten er aan tafel
en wie ontbreekt er nog?

## Agenda

Een dagdeel duurt ongeveer vier uur, met een pauze na de effecten.

Kort gezegd: hoe ziet de ochtend eruit?
"""

VALUES = """id: gids-waarden
title: Waarden
language: multi
kind: values
source: test
values:
  - id: explainability
    nl:
      name: Uitlegbaarheid
      definition: Kunnen begrijpen hoe een besluit tot stand kwam.
      everyday:
        - Waarom kreeg ik deze brief van de gemeente?
        - Niemand vertelt me waarom ik deze brief kreeg.
    en:
      name: Explainability
      definition: Being able to understand how a decision came about.
      everyday:
        - Why did I get this letter from the council?
        - Nobody tells me why I got this letter.
"""


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "guide.md").write_text(GUIDE, encoding="utf-8")
    (root / "values.yaml").write_text(VALUES, encoding="utf-8")
    return root


def _service(tmp_path: Path, **overrides: object) -> KnowledgeService:
    settings = tiny_settings(tmp_path, _corpus(tmp_path / "corpus"), **overrides)
    return KnowledgeService(settings, HashingEmbedder(512))


def test_value_and_option_chunks_carry_their_everyday_lines_as_aliases(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    chunks = {
        c.id: c
        for name in ("guide.md", "values.yaml")
        for doc in load_file(corpus / name)
        for c in chunk_document(doc, 1200)
    }
    assert chunks["gids-waarden/explainability/nl"].aliases == (
        "Waarom kreeg ik deze brief van de gemeente?",
        "Niemand vertelt me waarom ik deze brief kreeg.",
    )
    assert chunks["gids-waarden/explainability/en"].aliases[0].startswith("Why did I")
    # a plain summary stays in its chunk only: as an alias it lost an English query (README)
    assert chunks["guide#deelnemers-0"].aliases == chunks["guide#agenda-0"].aliases == ()


def test_an_alias_match_returns_its_parent_chunk_once(tmp_path: Path) -> None:
    service = _service(tmp_path)
    report = service.index(progress=False)
    assert report.chunks == 4 and not report.errors
    store = service._open_store()
    assert store.aliases.count() == 4
    assert set(store.records()[0]) == {
        "guide#deelnemers-0",
        "guide#agenda-0",
        "gids-waarden/explainability/nl",
        "gids-waarden/explainability/en",
    }
    hits = service.search("waarom kreeg ik deze brief", k=4, language="nl")
    ids = [h.id for h in hits]
    assert ids[0] == "gids-waarden/explainability/nl" and hits[0].alias_rank == 1
    assert len(ids) == len(set(ids)) and not any("~alias" in i for i in ids)
    assert hits[0].text.startswith("Waarde: Uitlegbaarheid")
    aliases = service._alias_index()
    assert len(aliases) == 4 and set(aliases.parents) == {
        "gids-waarden/explainability/nl",
        "gids-waarden/explainability/en",
    }
    retriever = HybridRetriever(
        store, service._bm25_index(), service.embedder, 10, 5, aliases, alias_weight=0.5
    )
    vector = [float(x) for x in service.embedder.embed_queries(["waarom deze brief"])[0]]
    by_alias = [h.id for h in retriever._aliases(vector, 10, None, "nl")]
    assert by_alias == ["gids-waarden/explainability/nl"]  # both its lines match: listed once


def test_aliases_are_left_out_with_weight_zero_and_across_languages(tmp_path: Path) -> None:
    service = _service(tmp_path, retrieval__alias_weight=0.0)
    hits = service.search("waarom kreeg ik deze brief", k=4, language="nl")
    assert hits and all(h.alias_rank is None for h in hits)
    weighted = _service(tmp_path / "weighted")
    english = weighted.search("why did I get this letter", k=4, language="nl")
    assert english and all(h.alias_rank is None for h in english)


def test_removing_a_file_removes_its_aliases(tmp_path: Path) -> None:
    service = _service(tmp_path)
    service.index(progress=False)
    (tmp_path / "corpus" / "values.yaml").unlink()
    report = service.index(progress=False)
    assert report.chunks == 2
    assert service._open_store().aliases.count() == 0
    assert len(service._alias_index()) == 0
    assert [h.id for h in service.search("waarom kreeg ik deze brief", k=1)] == [
        "guide#deelnemers-0"
    ]


def test_an_index_of_the_former_format_is_embedded_again_and_says_why(tmp_path: Path) -> None:
    service = _service(tmp_path)
    store = VectorStore(service.settings)
    old = f"format{INDEX_FORMAT - 1}-chars{service.settings.retrieval.chunk_chars}"
    store.create(service.embedder.model_id, service.embedder.dimension, old)
    report = service.index(progress=False)
    assert report.rebuilt.startswith(f"index format changed ({old} -> format{INDEX_FORMAT}")
    assert report.embedded == 4 and service._open_store().aliases.count() == 4
