"""Sharing a finished session: scrubbed of names, e-mail and phone numbers, no transcript, and
retrievable as kind "outcome" by later searches about similar technologies."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import CountingEmbedder
from knowledge_corpus import tiny_settings
from session_factory import rich_session

from assistant.domain.session import Step
from assistant.errors import InputError
from assistant.knowledge.outcomes import scrub_text
from assistant.knowledge.service import KnowledgeService


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens mevr. Jansen werkt het goed", "Volgens mevr. [naam] werkt het goed"),
        ("dhr. J.P. van der Berg belt terug", "dhr. [naam] belt terug"),
        ("wethouder De Vries wil 28 dagen bewaren", "wethouder [naam] wil 28 dagen bewaren"),
        ("Mijn naam is Pieter Post en ik werk hier", "Mijn naam is [naam] en ik werk hier"),
        ("mail j.berg@gemeente.nl of bel 06-12345678", "mail [e-mail] of bel [telefoonnummer]"),
        ("bel 010-1234567 of +31 (0)20 123 4567", "bel [telefoonnummer] of [telefoonnummer]"),
        ("sinds 2019 zijn er 12 camera's", "sinds 2019 zijn er 12 camera's"),
    ],
)
def test_scrub_dutch(text: str, expected: str) -> None:
    assert scrub_text(text, "nl") == expected


def test_scrub_english() -> None:
    text = "Ask Ms Smith (s.smith@example.org, +44 20 7946 0958); Dr. A. Jones agreed."
    assert scrub_text(text, "en") == (
        "Ask Ms [name] ([e-mail], [phone number]); Dr. [name] agreed."
    )


def test_share_outcome_is_scrubbed_stored_and_retrievable(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(tmp_path)
    service = KnowledgeService(settings, counting_embedder)
    session = rich_session("nl", title="Sentiment monitoren bij gemeente")
    session.step = Step.SUMMARY
    session.case.notes = "Contact: mevr. Jansen, jansen@gemeente.nl, 06-12345678"
    session.actors[1].name = "Adviseur dhr. Pietersen"

    outcome_id = service.share_outcome(session)

    path = settings.data_dir / "outcomes" / f"{outcome_id}.yaml"
    stored = path.read_text(encoding="utf-8")
    for secret in ("Jansen", "jansen@gemeente.nl", "06-12345678", "Pietersen"):
        assert secret not in stored
    data = yaml.safe_load(stored)
    assert data["kind"] == "outcome" and data["illustrative"] is False
    assert data["session"]["transcript"] == [] and data["session"]["meta"] == {}
    assert data["session"]["owner"] is None
    assert "[naam]" in data["session"]["case"]["notes"]

    later = KnowledgeService(settings, counting_embedder)
    hits = later.search("sentimentmonitoring van sociale media door de gemeente", k=3)
    assert hits[0].id == outcome_id and hits[0].kind == "outcome"
    only = later.search("sociale media", kind="outcome")
    assert [h.id for h in only] == [outcome_id]
    assert "Jansen" not in only[0].text
    assert "[naam]" in only[0].text or "[e-mail]" in only[0].text


def test_unfinished_session_cannot_be_shared(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    service = KnowledgeService(tiny_settings(tmp_path), counting_embedder)
    session = rich_session("en")
    with pytest.raises(InputError, match="finished") as info:
        service.share_outcome(session)
    assert "summary" in info.value.fix
    assert not (service.outcomes_dir / f"outcome-{session.id}.yaml").exists()
