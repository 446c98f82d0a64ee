"""The optional LLM only rewords the case summary; its answer is checked, sources never pass it."""

from __future__ import annotations

import pytest
from brief_fakes import FakeRetriever, finished_input

from assistant.brief.builder import build_brief
from assistant.brief.model import Brief
from assistant.brief.wording import acceptable, improve_summary
from assistant.knowledge.catalogue import Catalogue
from assistant.llm.fake import FakeChatModel
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def brief() -> Brief:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    return build_brief(finished_input(), catalogue, FakeRetriever(), "nl")


def test_reworded_summary_is_used(brief: Brief) -> None:
    model = FakeChatModel()
    reworded = (
        "De gemeente test slimme camera's die in de binnenstad drukte meten en alleen tellingen "
        "doorgeven. Crowd-managers en handhavers gebruiken ze om te beslissen over afsluitingen."
    )
    model.enqueue(reworded)
    better = improve_summary(brief, model)
    assert better.case_summary == reworded
    assert better.citations() == brief.citations()
    assert any("taalmodel" in n for n in better.notices)
    prompt = model.history[-1][0][-1].content
    assert brief.case_summary in prompt and "Voeg geen feiten" in prompt


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "Zie https://example.org voor meer.",
        "De camera's bewaren 365 dagen beelden van iedereen.",
    ],
)
def test_bad_answers_keep_the_guided_summary(brief: Brief, answer: str) -> None:
    model = FakeChatModel()
    model.enqueue(answer)
    kept = improve_summary(brief, model)
    assert kept.case_summary == brief.case_summary
    assert any("kon de samenvatting niet verbeteren" in n for n in kept.notices)


def test_failing_model_keeps_the_guided_summary(brief: Brief) -> None:
    model = FakeChatModel().enqueue(RuntimeError("server went away"))
    kept = improve_summary(brief, model)
    assert kept.case_summary == brief.case_summary
    assert any("server went away" in n for n in kept.notices)


def test_acceptable_checks() -> None:
    draft = "Het gaat om camera's die 28 dagen bewaren."
    assert acceptable("Camera's bewaren gegevens 28 dagen lang.", draft, "") == ""
    assert "numbers" in acceptable("Camera's bewaren gegevens 30 dagen lang.", draft, "")
    assert "source" in acceptable("Camera's bewaren gegevens (bron: AP).", draft, "")
