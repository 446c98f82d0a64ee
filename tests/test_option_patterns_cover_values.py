"""Every catalogue value has option patterns of all three kinds that protect it, so the options
the assistant proposes serve a value the user chose in every kind (design, environment, human)."""

from __future__ import annotations

import pytest

from assistant.domain.session import OPTION_KINDS, Case, Session, Value
from assistant.knowledge.catalogue import Catalogue
from assistant.method.suggestions import propose_options
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(PROJECT_ROOT / "corpus")


def _general(technologies: list[str]) -> bool:
    return not technologies or "any" in technologies


def test_every_value_has_a_general_pattern_of_each_kind(catalogue: Catalogue) -> None:
    missing = [
        (value.id, kind)
        for value in catalogue.values
        for kind in OPTION_KINDS
        if not any(
            p.kind == kind and value.id in p.values and _general(p.technologies)
            for p in catalogue.options
        )
    ]
    assert not missing, f"values without a general pattern of that kind: {missing}"


def _session(language: str, technology: str, context: str, keys: list[str]) -> Session:
    session = Session(language=language, case=Case(technology=technology, context=context))
    session.values = [
        Value(id=f"v{n}", name=key, key=key, priority=n) for n, key in enumerate(keys, start=1)
    ]
    return session


CHOSEN = [
    (
        "nl",
        "Spraakherkenning die spreekuurgesprekken uitschrijft",
        "GGD",
        ["equal-treatment", "due-care", "trust"],
    ),
    (
        "nl",
        "Drones die na een storm de dijk afvliegen",
        "Waterschap",
        ["security", "privacy", "social-cohesion"],
    ),
    (
        "nl",
        "Een rekenmodel dat huishoudens met betalingsachterstand signaleert",
        "Gemeente",
        ["livelihood", "legal-protection", "efficiency"],
    ),
    (
        "en",
        "Speech recognition that writes up consultations",
        "Public health service",
        ["due-care", "trust", "equal-treatment"],
    ),
    (
        "en",
        "Drones flying over the dike after a storm",
        "Water board",
        ["social-cohesion", "security", "privacy"],
    ),
    (
        "en",
        "Noise sensors along the harbour quay",
        "Port authority",
        ["animal-welfare", "sustainability", "livability"],
    ),
]


@pytest.mark.parametrize(("language", "technology", "context", "keys"), CHOSEN)
def test_proposals_protect_a_chosen_value_in_every_kind(
    catalogue: Catalogue, language: str, technology: str, context: str, keys: list[str]
) -> None:
    session = _session(language, technology, context, keys)
    picks = propose_options(catalogue, session, set(), every_kind=True)
    assert sorted(p.kind for p in picks) == sorted(OPTION_KINDS)
    for pick in picks:
        assert set(pick.values) & set(keys), f"{pick.id} protects none of {keys}"


def test_drone_case_gets_more_than_privacy(catalogue: Catalogue) -> None:
    session = _session(
        "nl", "Drones boven de dijk", "Waterschap", ["security", "privacy", "social-cohesion"]
    )
    picks = propose_options(catalogue, session, set(), every_kind=True)
    assert any(set(p.values) - {"privacy", "human-dignity"} for p in picks)
    assert any("security" in p.values for p in picks)


def test_carefulness_is_served_where_it_comes_first(catalogue: Catalogue) -> None:
    session = _session("en", "A model that flags applications", "Municipality", ["due-care"])
    picks = propose_options(catalogue, session, set(), every_kind=True)
    assert {p.kind for p in picks} == set(OPTION_KINDS)
    assert all("due-care" in p.values for p in picks)
