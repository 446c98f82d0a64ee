"""Content hashing: unchanged files embed nothing, changed ones are replaced, removed ones deleted.

A different embedding model re-embeds everything; a corrupt index gives the fix; --rebuild works.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CountingEmbedder
from knowledge_corpus import HashingEmbedder, tiny_settings

from assistant.errors import IndexBroken
from assistant.knowledge.service import KnowledgeService


def _ids(service: KnowledgeService) -> set[str]:
    store = service._open_store()
    return set(store.records()[0])


def test_second_run_embeds_nothing_and_changes_are_applied(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    service = KnowledgeService(settings, counting_embedder)
    first = service.index(progress=False)
    assert len(first.added) == 3 and not first.errors
    assert first.embedded == first.chunks == 7
    assert counting_embedder.texts == 7

    counting_embedder.texts = counting_embedder.calls = 0
    second = KnowledgeService(settings, counting_embedder).index(progress=False)
    assert (second.added, second.updated, second.removed, second.embedded) == ([], [], [], 0)
    assert len(second.skipped) == 3 and second.chunks == 7
    assert counting_embedder.calls == 0

    corpus = settings.retrieval.corpus_dirs[0]
    english = corpus / "method" / "options-en.md"
    english.write_text(
        english.read_text().replace("## Three kinds of options", "## Option kinds"), "utf-8"
    )
    third = service.index(progress=False)
    assert third.updated == [str(english)] and third.embedded == 1
    assert counting_embedder.texts == 1
    ids = _ids(service)
    assert "tiny-method-en#option-kinds-0" in ids
    assert "tiny-method-en#three-kinds-of-options-0" not in ids

    (corpus / "values" / "catalogue.yaml").unlink()
    fourth = service.index(progress=False)
    assert fourth.removed == [str(corpus / "values" / "catalogue.yaml")]
    assert fourth.embedded == 0 and fourth.chunks == 3
    assert not any(i.startswith("tiny-values/") for i in _ids(service))


def test_unreadable_file_is_reported_and_the_rest_indexed(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    corpus = settings.retrieval.corpus_dirs[0]
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = KnowledgeService(settings, counting_embedder).index(progress=False)
    assert sorted(Path(e.path).name for e in report.errors) == ["broken.pdf", "photo.jpg"]
    assert all(e.fix for e in report.errors)
    assert len(report.added) == 3 and report.chunks == 7


def test_a_different_model_re_embeds_everything(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    KnowledgeService(settings, counting_embedder).index(progress=False)
    other = HashingEmbedder(16)
    service = KnowledgeService(settings, other)
    report = service.index(progress=False)
    assert report.rebuilt.startswith("embedding model changed")
    assert report.embedded == report.chunks == 7 and other.texts == 7
    assert service.status()["dimension"] == 16
    hits = service.search("privacy", k=3, mode="vector")
    assert hits and all(h.score <= 1.0 for h in hits)

    back = KnowledgeService(settings, counting_embedder)
    hits = back.search("drie soorten handelingsopties", k=1)
    assert hits[0].id == "tiny-method-nl#drie-soorten-opties-0"
    assert back.status()["dimension"] == 384


def test_corrupt_index_gives_the_fix_and_rebuild_repairs_it(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    KnowledgeService(settings, counting_embedder).index(progress=False)
    db = settings.index_dir / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)

    broken = KnowledgeService(settings, counting_embedder)
    with pytest.raises(IndexBroken) as info:
        broken.search("privacy")
    assert "corrupt" in info.value.message
    assert "ethics-assistant index --rebuild" in info.value.fix
    assert str(settings.index_dir / "chroma") in info.value.fix
    assert broken.status()["built"] is False

    repaired = KnowledgeService(settings, counting_embedder)
    report = repaired.index(rebuild=True, progress=False)
    assert report.rebuilt == "rebuild requested" and report.chunks == 7
    assert repaired.search("privacy", k=1, kind="values")[0].id.startswith("tiny-values/privacy")


def test_same_id_in_two_files_gets_a_unique_suffix(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    corpus = settings.retrieval.corpus_dirs[0]
    copy = corpus / "method" / "copy-nl.md"
    copy.write_text((corpus / "method" / "options-nl.md").read_text(), "utf-8")
    service = KnowledgeService(settings, counting_embedder)
    report = service.index(progress=False)
    assert report.chunks == 9 and not report.errors
    ids = _ids(service)
    assert sum(i.startswith("tiny-method-nl#") for i in ids) == 2
    assert sum(i.startswith("tiny-method-nl~") for i in ids) == 2
