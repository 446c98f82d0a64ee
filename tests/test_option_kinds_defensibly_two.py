"""Measures that are defensibly of two kinds carry the second as an alternative, so the joint
choice of kinds can give it where it is missing: a bound on what the technology may do (laid
down or built in), a consent setting of a channel (a setting or people's own choice), a channel
that stays open or goes ahead (an arrangement or the service's build). Dutch and English,
sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.reading.extraction import extract_options
from assistant.method.recording import choose_kinds


def read_one(text: str):  # type: ignore[no-untyped-def]
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    return drafts[0]


BUILT_OR_LAID_DOWN = {"design", "environment"}
SETTING_OR_OWN_CHOICE = {"design", "human"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Een vaste nachtdienst waar het rooster-algoritme niet aan mag komen", BUILT_OR_LAID_DOWN),
        ("A fixed night service that the algorithm may never cut", BUILT_OR_LAID_DOWN),
        ("De sms-herinnering alleen voor wie zich zelf aanmeldt", SETTING_OR_OWN_CHOICE),
        ("Push messages only for residents who opt in", SETTING_OR_OWN_CHOICE),
        ("Het papieren formulier blijft altijd beschikbaar", BUILT_OR_LAID_DOWN),
        ("Announce the inspection by letter a week ahead", BUILT_OR_LAID_DOWN),
    ],
)
def test_a_measure_of_two_kinds_carries_the_second(text: str, kinds: set[str]) -> None:
    draft = read_one(text)
    assert kinds <= {draft.kind, *draft.alternatives}


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners krijgen een brief over de uitkomst",
        "Residents get a letter about the outcome",
        "Een opt-out voor wie geen huisbezoek wil",
        "A training for the inspectors",
    ],
)
def test_a_measure_of_one_kind_carries_no_design_alternative(text: str) -> None:
    assert "design" not in read_one(text).alternatives


def test_the_joint_choice_gives_the_missing_kind_to_a_channel_that_stays() -> None:
    session = Session(language="nl")
    session.step = Step.OPTIONS
    session.options = [
        HandlingOption(id="o1", kind="environment", text="Een jaarlijkse audit", value_ids=["v"]),
        HandlingOption(id="o2", kind="human", text="Training voor baliemedewerkers"),
    ]
    draft = read_one("We houden altijd een loket open voor een aanvraag op papier")
    assert draft.kind == "environment"
    choose_kinds(session, [draft])
    assert draft.kind == "design"


def test_the_joint_choice_keeps_a_kind_that_is_still_missing() -> None:
    session = Session(language="en")
    session.step = Step.OPTIONS
    session.options = [HandlingOption(id="o1", kind="design", text="Store counts only")]
    draft = read_one("A fixed night service that the algorithm may never cut")
    choose_kinds(session, [draft])
    assert draft.kind == "environment"
