"""The brief's "whom to invite" table does not suggest a group the session has already named,
in whatever group the session put it."""

from __future__ import annotations

import yaml

from assistant.brief.proposals import actor_groups
from assistant.brief.texts import brief_texts
from assistant.domain.session import Actor, Case, Session
from assistant.knowledge.catalogue import CaseFile
from assistant.paths import PROJECT_ROOT


def suggestions(session: Session) -> str:
    about = session.case.technology
    groups = actor_groups(session, brief_texts(session.language), about, [])
    return " | ".join(s.lower() for g in groups for s in g.suggestions)


def test_a_named_actor_is_not_suggested_again_in_another_group_nl() -> None:
    session = Session(
        language="nl",
        case=Case(technology="Camera's op scanauto's die kentekens lezen voor parkeerhandhaving"),
        actors=[Actor(id="a1", name="Handhavers", group="users")],
    )
    assert "handhavers" not in suggestions(session)
    assert "toezicht" in " ".join(g.label.lower() for g in actor_groups(
        session, brief_texts("nl"), session.case.technology, []))  # fmt: skip


def test_a_named_actor_is_not_suggested_again_in_another_group_en() -> None:
    session = Session(
        language="en",
        case=Case(technology="Cameras on a scan car that read number plates for parking"),
        actors=[Actor(id="a1", name="Data protection officer", group="other")],
    )
    assert "data protection officer" not in suggestions(session)
    assert suggestions(session)


def test_a_related_case_suggests_none_of_its_own_domains_people() -> None:
    path = PROJECT_ROOT / "corpus" / "cases" / "en-safety-region-fire-risk.yaml"
    fire = CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    session = Session(
        language="en",
        case=Case(technology="An algorithm that predicts which prisoners will reoffend"),
        actors=[Actor(id="a1", name="Prisoners", group="affected")],
    )
    about = session.case.technology
    groups = actor_groups(session, brief_texts("en"), about, [fire])
    named = " | ".join(s.lower() for g in groups for s in g.suggestions)
    assert "fire" not in named and "safety region" not in named
    alike = Session(
        language="en", case=Case(technology="A fire prevention model of the safety region")
    )
    groups = actor_groups(alike, brief_texts("en"), alike.case.technology, [fire])
    assert "fire" in " | ".join(s.lower() for g in groups for s in g.suggestions)
