"""BriefService against the real knowledge index: citations come only from retrieval hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_fakes import FINISHED, INTAKES

from assistant.brief.intake import load_session_file
from assistant.brief.sources import source_in
from assistant.errors import InputError, NotFound
from assistant.llm.guided import GuidedChatModel
from assistant.services import Services
from assistant.services.brief import BriefService
from assistant.settings import load_settings


class Recording:
    """Wraps the knowledge service and keeps every hit it returned."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.catalogue = inner.catalogue
        self.hits: list = []  # type: ignore[type-arg]

    def search(self, query, k=None, kind=None, language=None):  # type: ignore[no-untyped-def]
        found = self.inner.search(query, k=k, kind=kind, language=language)
        self.hits.extend(found)
        return found


@pytest.fixture
def service(tmp_path: Path, corpus_knowledge) -> BriefService:  # type: ignore[no-untyped-def]
    services = Services(load_settings(data_dir=tmp_path), chat_model=GuidedChatModel())
    services.knowledge = Recording(corpus_knowledge)  # type: ignore[assignment]
    return BriefService(services)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_intake_brief_cites_only_retrieved_chunks(service: BriefService, language: str) -> None:
    brief = service.from_intake(INTAKES / "technology-only.yaml", language=language)  # type: ignore[arg-type]
    hits = {h.id: h for h in service.services.knowledge.hits}
    assert brief.cases and brief.guidance
    for ref in brief.citations():
        assert ref.id in hits and ref.title == hits[ref.id].title
        assert ref.source == source_in(language, hits[ref.id].source)  # type: ignore[arg-type]
    assert brief.cases[0].id == "case-nl-algoritme-schulden"
    assert all(hits[ref.id].language == language for ref in brief.guidance)
    for fmt in ("md", "docx", "pdf"):
        assert len(service.render(brief, fmt)) > 1000


def test_sources(service: BriefService) -> None:
    from_file = service.from_file(FINISHED)
    assert from_file.origin == "session brieffixture1"
    service.services.sessions.save(load_session_file(FINISHED))
    assert service.from_session("brieffixture1", language="en").language == "en"
    with pytest.raises(NotFound):
        service.from_session("missing")


def test_unknown_format(service: BriefService) -> None:
    brief = service.from_intake(INTAKES / "en-chatbot.yaml")
    with pytest.raises(InputError) as caught:
        service.render(brief, "odt")
    assert "md, docx, pdf" in caught.value.fix
