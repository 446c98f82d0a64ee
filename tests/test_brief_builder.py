"""The brief's content: case, open questions, actor groups, values, options, agendas, sources."""

from __future__ import annotations

import datetime as dt

import pytest
from brief_fakes import FakeRetriever, finished_input, technology_only_input

from assistant.brief.builder import BriefInput, build_brief
from assistant.brief.intake import Intake
from assistant.knowledge.catalogue import Catalogue
from assistant.paths import PROJECT_ROOT

GROUPS = {"users", "affected", "professionals", "management", "technical", "oversight"}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(PROJECT_ROOT / "corpus")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_technology_only_intake(catalogue: Catalogue, language: str) -> None:
    brief = build_brief(technology_only_input(), catalogue, FakeRetriever(), language)  # type: ignore[arg-type]
    keys = {g.key for g in brief.actor_groups}
    assert keys >= GROUPS and len(brief.actor_groups) >= 6
    assert all(g.missing for g in brief.actor_groups)
    assert all(g.suggestions for g in brief.actor_groups)
    # the algorithm hint adds tailored suggestions next to the generic ones
    affected = next(g for g in brief.actor_groups if g.key == "affected")
    assert any("aanvragers" in s or "applicants" in s for s in affected.suggestions)
    assert len(brief.values) >= 4
    assert all(v.definition and v.key and catalogue.value(v.key) for v in brief.values)
    assert [a.key for a in brief.agendas] == ["half-day", "90-minutes"]
    half, short = brief.agendas
    assert 210 <= half.total_minutes <= 240 and short.total_minutes == 90
    assert sum(r.minutes for r in half.rows) == half.total_minutes
    assert half.rows[0].time.startswith("0:00") and short.rows[-1].time.endswith("1:30")
    # context, users, decisions, stage, case owner and date are still open
    assert len(brief.open_questions) == 6
    assert [o.kind for o in brief.options] == ["design", "environment", "human"]
    assert all(o.prompts for o in brief.options)
    assert {q.step for q in brief.questions} >= {"case", "actors", "effects", "values", "options"}
    assert all(q.moderator and q.co_moderator for q in brief.questions)
    assert brief.picture_png.startswith(b"\x89PNG")


def test_finished_session(catalogue: Catalogue) -> None:
    brief = build_brief(finished_input(), catalogue, FakeRetriever(), "nl")
    by_key = {g.key: g for g in brief.actor_groups}
    assert by_key["users"].named == ["Crowd-managers"]
    assert by_key["other"].named == ["Ondernemers in de binnenstad"]
    assert by_key["oversight"].missing and not by_key["users"].missing
    assert [v.name for v in brief.values][:3] == [
        "Privacy",
        "Veiligheid",
        "Digitale soevereiniteit",
    ]
    assert "prioriteit 1" in brief.values[0].why
    assert len(brief.positive) == 3 and len(brief.negative) == 3
    assert brief.positive[0].actor == "Bezoekers van de binnenstad"
    assert brief.open_questions == []  # every case field is filled in
    design = brief.options[0]
    assert (
        "Beelden in de camera zelf omzetten naar tellingen (beschermt: Privacy)" in design.existing
    )
    assert brief.agendas[0].key == "half-day" and not brief.agendas[0].planned


def test_intake_concerns_become_values_and_hypotheses(catalogue: Catalogue) -> None:
    intake = Intake(
        technology="Camera's met kentekenherkenning langs de N-weg",
        known_concerns=["privacy van weggebruikers"],
        session_length="90-minutes",
        case_owner="Projectleider",
        date=dt.date(2027, 2, 11),
    )
    brief = build_brief(BriefInput.from_intake(intake), catalogue, None, "nl")
    assert brief.values[0].key == "privacy" and "privacy van weggebruikers" in brief.values[0].why
    assert brief.hypotheses[0].text == "privacy van weggebruikers"
    assert brief.agendas[0].key == "90-minutes" and brief.agendas[0].planned
    assert "Wie is de casuseigenaar" not in " ".join(brief.open_questions)
    assert any(f.text == "2027-02-11" for f in brief.meta)
    # cameras: typical option patterns show up as ideas
    assert any("amera" in idea for idea in brief.options[0].ideas)


@pytest.mark.parametrize("make", [finished_input, technology_only_input])
def test_citations_come_only_from_retrieval_hits(catalogue: Catalogue, make) -> None:  # type: ignore[no-untyped-def]
    retriever = FakeRetriever()
    brief = build_brief(make(), catalogue, retriever, "nl")
    returned = {h.id: h for h in retriever.returned}
    assert brief.citations(), "the fake retriever offers cases and guidance"
    for ref in brief.citations():
        hit = returned[ref.id]
        assert (ref.title, ref.source) == (hit.title, hit.source)
    assert {ref.id for ref in brief.guidance} == {"method-nl#1"}  # brief language first


def test_no_retriever_and_failing_retriever(catalogue: Catalogue) -> None:
    quiet = build_brief(technology_only_input(), catalogue, None, "en")
    assert quiet.citations() == [] and quiet.notices == []
    broken = build_brief(technology_only_input(), catalogue, FakeRetriever(fail=True), "en")
    assert broken.citations() == []
    assert any("The index is corrupt" in n for n in broken.notices)
    assert len(broken.values) >= 4  # still useful without the knowledge base


def test_summary_is_precise_sentences(catalogue: Catalogue) -> None:
    brief = build_brief(finished_input(), catalogue, None, "en")
    assert brief.case_summary.startswith("The case is about slimme camera's")
    assert "pilot" in brief.case_summary and brief.case_summary.endswith(".")
