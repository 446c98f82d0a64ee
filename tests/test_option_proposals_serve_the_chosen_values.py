"""Option proposals serve the values the user chose: the catalogue holds, for the values chosen
most, patterns of each kind that serve them (explanations in understandable language, a person
within reach for accessibility, an emergency stop and reports from the work floor for public
safety, a test for unequal outcomes in any technology), so no kind falls back on a pattern for
a value the user did not choose (no retention period for an interpreting app whose values are
explainability and equal treatment). Cases written for these tests, Dutch and English."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.proposals import propose_option_patterns


def case_at_options(technology: str, chosen: list[str], other: list[str], language: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.case.technology = technology
    session.actors = [Actor(id="a1", name="Inwoners")]
    session.values = [
        Value(id=f"v{i}", name=key, key=key, definition="d", priority=i)
        for i, key in enumerate(chosen, start=1)
    ]
    session.values += [
        Value(id=f"w{i}", name=key, key=key, definition="d") for i, key in enumerate(other)
    ]
    session.step = Step.OPTIONS
    return session


CASES = [
    ("Een tolk-app op het gemeentehuis", ["explainability", "equal-treatment"], ["privacy"], "nl"),
    ("An interpreting app at the desk", ["accessibility", "explainability"], ["privacy"], "en"),
    ("Een camera bij de speeltuin", ["public-safety", "proportionality"], ["privacy"], "nl"),
    ("A model that sorts incoming letters", ["equal-treatment"], ["privacy", "trust"], "en"),
]


@pytest.mark.parametrize(("technology", "chosen", "other", "language"), CASES)
def test_every_proposal_serves_a_chosen_value(
    conductor: Conductor, technology: str, chosen: list[str], other: list[str], language: str
) -> None:
    session = case_at_options(technology, chosen, other, language)
    proposals = propose_option_patterns(conductor.tools(None), session)
    assert {p.option_kind for p in proposals} == {"design", "environment", "human"}
    assert all(set(chosen) & set(p.value_keys) for p in proposals), [p.ref for p in proposals]
